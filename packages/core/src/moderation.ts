import { z } from 'zod';
import { keysOf } from './keys';

export const MODERATION_ITEM_KINDS = ['review_revision', 'response_revision', 'notice', 'appeal'] as const;
export const moderationItemKindSchema = z.enum(MODERATION_ITEM_KINDS);
export type ModerationItemKind = z.infer<typeof moderationItemKindSchema>;

export const MODERATION_ITEM_STATES = ['open', 'escalated', 'decided'] as const;
export type ModerationItemState = (typeof MODERATION_ITEM_STATES)[number];

export const MODERATION_QUEUES = ['new', 'changes_requested', 'escalated', 'notices', 'appeals', 'decided'] as const;
export const moderationQueueSchema = z.enum(MODERATION_QUEUES);
export type ModerationQueue = z.infer<typeof moderationQueueSchema>;

/** Every decision an editor can take, and on which kind of item. */
export const DECISIONS = [
  'publish',
  'publish_edited',
  'request_changes',
  'reject',
  'escalate',
  'refer',
  'uphold',
  'overturn',
  'keep',
  'remove',
] as const;
export const decisionSchema = z.enum(DECISIONS);
export type Decision = z.infer<typeof decisionSchema>;

export const DECISIONS_BY_KIND: Record<ModerationItemKind, Decision[]> = {
  review_revision: ['publish', 'publish_edited', 'request_changes', 'reject', 'escalate', 'refer'],
  response_revision: ['publish', 'publish_edited', 'request_changes', 'reject', 'escalate'],
  notice: ['keep', 'publish_edited', 'remove', 'escalate'],
  appeal: ['uphold', 'overturn', 'escalate'],
};

export const DECISION_LABELS: Record<Decision, string> = {
  publish: 'Publiceren',
  publish_edited: 'Publiceren met aanpassing',
  request_changes: 'Aanpassing vragen',
  reject: 'Niet publiceren',
  escalate: 'Voorleggen aan een tweede redacteur',
  refer: 'Doorverwijzen (ernstige zorgen)',
  uphold: 'Beslissing behouden',
  overturn: 'Beslissing herzien',
  keep: 'Laten staan',
  remove: 'Verwijderen',
};

/** The rules of the code of conduct a decision can rest on. */
export const REASON_CODES = [
  'personal_data',
  'not_own_experience',
  'conflict_of_interest',
  'advertising',
  'insult',
  'discrimination',
  'criminal_allegation',
  'duplicate',
  'interval',
  'unreadable',
  'not_dutch',
  'off_topic',
  'too_old',
  'other',
] as const;
export const reasonCodeSchema = z.enum(REASON_CODES);
export type ReasonCode = z.infer<typeof reasonCodeSchema>;

/** Decisions that restrict content: they need at least one reason and a statement (DSA art. 17). */
export const RESTRICTING_DECISIONS: Decision[] = ['publish_edited', 'request_changes', 'reject', 'refer', 'remove'];

export const decisionInputSchema = z.object({
  decision: decisionSchema,
  reasonCodes: z.array(reasonCodeSchema).max(14).default([]),
  statement: z.string().trim().max(5000, 'De motivering mag hoogstens 5.000 tekens lang zijn').default(''),
  editedText: z.string().optional(),
  version: z.number({ error: 'Geef de versie van het item mee' }).int().positive(),
});
export type DecisionInput = z.infer<typeof decisionInputSchema>;

/** Working days an item may wait before it is overdue. */
export const DECISION_DUE_WORKING_DAYS = 5;
/** How long an author may appeal a rejection or removal (DSA art. 20: at least 6 months). */
export const APPEAL_WINDOW_MONTHS = 6;
/** How long a claim on an item lasts. */
export const CLAIM_MINUTES = 15;

export const NOTICE_REASONS = {
  personal_data: 'Er staan persoonsgegevens in',
  not_own_experience: 'Dit is geen eigen ervaring',
  conflict_of_interest: 'De schrijver heeft een belang (personeel, concurrent, de voorziening zelf)',
  insult: 'Beledigend of kwetsend',
  discrimination: 'Discriminerend',
  criminal_allegation: 'Beschuldigt iemand van een misdrijf',
  advertising: 'Reclame',
  other: 'Iets anders',
} as const;
export type NoticeReason = keyof typeof NOTICE_REASONS;
export const noticeReasonSchema = z.enum(keysOf(NOTICE_REASONS));
