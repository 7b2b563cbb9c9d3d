/**
 * What the moderation API answers, as the editor pages use it. Kept free of zod and of server
 * modules so components can import the types.
 */

export type QueueName = 'new' | 'changes_requested' | 'escalated' | 'notices' | 'appeals' | 'decided';
/** The queues `POST /api/moderation/next` can take an item from. */
export type ClaimableQueue = 'new' | 'escalated' | 'notices' | 'appeals';
export type ItemKind = 'review_revision' | 'response_revision' | 'notice' | 'appeal';
export type ItemState = 'open' | 'escalated' | 'decided';

export interface Claim {
  userId: string;
  name: string;
  expiresAt: string;
}

export interface QueueItem {
  id: string;
  kind: ItemKind;
  state: ItemState;
  reviewId: string;
  facility: { id: number; name: string };
  sector: string;
  excerpt: string | null;
  riskScore: number;
  safety: boolean;
  flags: { category: string; code: string; severity: string }[];
  createdAt: string;
  ageHours: number;
  dueAt: string;
  overdue: boolean;
  claim: Claim | null;
  escalated: boolean;
  decidedAt: string | null;
  version: number;
}

export interface QueuePage {
  items: QueueItem[];
  page: number;
  pageSize: number;
  total: number;
  totalPages: number;
  countCap: number;
  counts: Record<QueueName, number>;
  oldestNewAt: string | null;
}

export interface Span {
  start: number;
  end: number;
}

export interface Redaction extends Span {
  replacement: string;
}

/** A flag of the automated pre-screen. `redaction` is one proposal or a list of them. */
export interface PrescreenFlag {
  category: string;
  code: string;
  severity: string;
  message: string;
  hint?: string;
  spans?: Span[];
  redaction?: Redaction | Redaction[];
}

export interface PrescreenReport {
  flags?: PrescreenFlag[];
  riskScore?: number;
  suggestion?: string;
  [key: string]: unknown;
}

export interface ItemRevision {
  id: string;
  number: number;
  source: 'author' | 'editor';
  ratings: Record<string, number | null>;
  text: string;
  relationship: string;
  relationshipLabel: string;
  periodFrom: string;
  periodTo: string;
  displayLabel: string | null;
  createdAt: string;
}

export interface ItemDecision {
  id: string;
  decision: string;
  reasonCodes: string[];
  statement: string;
  editorId: string;
  createdAt: string;
  overruledAt: string | null;
}

export interface ItemDetail {
  id: string;
  kind: ItemKind;
  state: ItemState;
  version: number;
  createdAt: string;
  dueAt: string;
  overdue: boolean;
  claim: Claim | null;
  escalatedBy: string | null;
  riskScore: number;
  safety: boolean;
  prescreen: PrescreenReport | null;
  review: { id: string; status: string; published: boolean };
  revision: ItemRevision | null;
  revisions: ItemRevision[];
  diff: { op: 'insert' | 'delete' | 'equal'; text: string }[] | null;
  author: {
    id: string;
    name: string;
    email: string;
    memberSince: string;
    reviewCount: number;
    decisions: { decision: string; reasonCodes: string[]; createdAt: string; facilityName: string }[];
  };
  facility: {
    id: number;
    name: string;
    sector: string;
    municipality: string;
    capacity: number | null;
    reviewsLast30Days: number;
    itemsWaiting: number;
  };
  decisions: ItemDecision[];
  notice: { reason: string; explanation: string; name: string | null; email: string; createdAt: string } | null;
  appeal: { text: string; decisionId: string; createdAt: string } | null;
  statementTemplates: Record<string, { label: string; rule: string; statement: string }>;
}

export interface HistoryEvent {
  id: string | number;
  occurredAt: string;
  actorKind: string;
  actorUserId: string | null;
  actorName: string | null;
  action: string;
  targetType: string;
  targetId: string;
  data: Record<string, unknown> | null;
}

export interface TransparencyReport {
  from: string;
  to: string;
  decisions: {
    total: number;
    byDecision: { decision: string; count: number }[];
    byReasonCode: { reasonCode: string; count: number }[];
    automatedDetectionShare: number | null;
    medianHoursToDecision: number | null;
  };
  notices: { received: number; byOutcome: { outcome: string; count: number }[] };
  appeals: { received: number; decided: number; overturned: number };
}
