import { DECISIONS_BY_KIND, NOTICE_REASONS, RESTRICTING_DECISIONS, SECTOR_LABELS, THEMES, THEME_KEYS, type Decision, type Sector } from '@zorgwaardering/core';
// Relative imports: the unit tests run without SvelteKit's $lib alias.
import { formatAge, hoursSince } from '../moderation/format';
import { highlightSegments, validSpans, type Segment } from '../moderation/highlight';
import { redactionProposals, type RedactionProposal } from '../moderation/redaction';
import { DECISION_SHORTCUTS } from '../moderation/shortcuts';
import type { ItemDetail, PrescreenFlag } from '../moderation/types';
import { formatMonth } from '../labels';
import { facilityPath } from './facility-url';
import { itemPath, queueOf, queuePath } from './moderation-queues';
import {
  CATEGORY_LABELS,
  CATEGORY_ORDER,
  EDITOR_DECISION_LABELS,
  KIND_LABELS,
  QUEUE_LABELS,
  REASON_LABELS,
  SEVERITY_LABELS,
  SEVERITY_ORDER,
  STATE_LABELS,
  SUGGESTION_LABELS,
  flagCodeLabel,
  isDecision,
} from './moderation-labels';
import { ratingScale } from './scale';

export interface FlagBadge {
  key: string;
  text: string;
  safety: boolean;
  severity: string;
}

const rank = (order: string[], value: string) => (order.includes(value) ? order.indexOf(value) : order.length);
const byUrgency = (a: { category: string; severity: string }, b: { category: string; severity: string }) =>
  rank(CATEGORY_ORDER, a.category) - rank(CATEGORY_ORDER, b.category) || rank(SEVERITY_ORDER, a.severity) - rank(SEVERITY_ORDER, b.severity);

/** Small labelled badges for the queue: safety first, one per kind of finding. */
export function flagBadges(flags: readonly { category: string; code: string; severity: string }[]): FlagBadge[] {
  const seen = new Set<string>();
  return [...flags]
    .sort(byUrgency)
    .filter((flag) => !seen.has(`${flag.category}:${flag.code}`) && seen.add(`${flag.category}:${flag.code}`))
    .map((flag) => ({
      key: `${flag.category}:${flag.code}`,
      text: `${CATEGORY_LABELS[flag.category] ?? flag.category}: ${flagCodeLabel(flag.code)}`,
      safety: flag.category === 'safety',
      severity: flag.severity,
    }));
}

export interface FlagView {
  number: number;
  category: string;
  categoryLabel: string;
  codeLabel: string;
  severity: string;
  severityLabel: string;
  message: string;
  hint: string | null;
  /** The flagged passages, quoted. */
  passages: string[];
}

function isFlag(value: unknown): value is PrescreenFlag {
  if (!value || typeof value !== 'object') return false;
  const flag = value as Record<string, unknown>;
  return typeof flag.category === 'string' && typeof flag.code === 'string';
}

/** The report's flags, most urgent first and numbered, as the text marks refer to them. */
export function numberedFlags(report: ItemDetail['prescreen'], text: string): (FlagView & { source: PrescreenFlag })[] {
  const flags = Array.isArray(report?.flags) ? report.flags.filter(isFlag) : [];
  return [...flags].sort(byUrgency).map((flag, index) => ({
    number: index + 1,
    category: flag.category,
    categoryLabel: CATEGORY_LABELS[flag.category] ?? flag.category,
    codeLabel: flagCodeLabel(flag.code),
    severity: typeof flag.severity === 'string' ? flag.severity : 'info',
    severityLabel: SEVERITY_LABELS[flag.severity] ?? String(flag.severity ?? ''),
    message: typeof flag.message === 'string' && flag.message ? flag.message : flagCodeLabel(flag.code),
    hint: typeof flag.hint === 'string' && flag.hint ? flag.hint : null,
    passages: [...new Set(validSpans(flag.spans, text.length).map((span) => text.slice(span.start, span.end)))],
    source: flag,
  }));
}

export type Access = 'mine' | 'other' | 'free' | 'decided' | 'blocked';

export interface DecisionOption {
  value: Decision;
  label: string;
  shortcut: string | null;
  needsReason: boolean;
}

export interface ItemView {
  id: string;
  href: string;
  kind: ItemDetail['kind'];
  kindLabel: string;
  stateLabel: string;
  version: number;
  createdAt: string;
  age: { short: string; long: string };
  dueAt: string;
  overdue: boolean;
  safety: boolean;
  queue: ReturnType<typeof queueOf>;
  queueLabel: string;
  queueHref: string;
  claim: { name: string; expiresAt: string; mine: boolean } | null;
  access: Access;
  blockedReason: string | null;
  prescreen: { riskScore: number; suggestion: string | null; flags: FlagView[] } | null;
  riskScore: number;
  text: string;
  segments: Segment[];
  proposals: RedactionProposal[];
  revision: {
    number: number;
    byEditors: boolean;
    relationshipLabel: string;
    period: string;
    displayLabel: string | null;
    createdAt: string;
  } | null;
  ratings: { key: string; label: string; text: string }[];
  diff: ItemDetail['diff'];
  revisions: { number: number; byEditors: boolean; createdAt: string; text: string; current: boolean }[];
  author: Omit<ItemDetail['author'], 'decisions'> & { decisions: { label: string; reasons: string[]; createdAt: string; facilityName: string }[] };
  facility: ItemDetail['facility'] & { sectorLabel: string; href: string };
  decisions: { id: string; label: string; reasons: string[]; statement: string; createdAt: string; overruledAt: string | null; byMe: boolean }[];
  notice: { reasonLabel: string; explanation: string; name: string | null; email: string; createdAt: string } | null;
  appeal: { text: string; createdAt: string; against: string | null } | null;
  decisionOptions: DecisionOption[];
  reasons: { code: string; label: string; rule: string; statement: string }[];
  allowsEdit: boolean;
}

const decisionLabel = (value: string) => (isDecision(value) ? EDITOR_DECISION_LABELS[value] : value);
const reasonLabels = (codes: string[]) => codes.map((code) => REASON_LABELS[code] ?? code);

/** Everything the item page shows, worked out once on the server. */
export function itemView(item: ItemDetail, me: { id: string }): ItemView {
  const now = new Date();
  const text = item.revision?.text ?? '';
  const flags = numberedFlags(item.prescreen, text);
  const claim = item.claim ? { name: item.claim.name, expiresAt: item.claim.expiresAt, mine: item.claim.userId === me.id } : null;
  const appealed = item.appeal ? item.decisions.find((decision) => decision.id === item.appeal!.decisionId) : undefined;

  let access: Access;
  let blockedReason: string | null = null;
  if (item.state === 'decided') access = 'decided';
  else if (item.escalatedBy === me.id) {
    access = 'blocked';
    blockedReason = 'Je legde dit item zelf voor aan een tweede redacteur. Een andere redacteur beslist erover.';
  } else if (appealed && appealed.editorId === me.id) {
    access = 'blocked';
    blockedReason = 'Je nam zelf de beslissing waartegen dit beroep loopt. Een andere redacteur beslist erover.';
  } else if (claim?.mine) access = 'mine';
  else if (claim) access = 'other';
  else access = 'free';

  const scale = ratingScale();
  const scoreText = (value: number | null | undefined) => {
    if (value === null || value === undefined) return scale.notApplicable;
    const word = scale.choices.find((choice) => choice.value === value)?.label;
    return `${value} op ${scale.max}${word ? ` (${word.toLowerCase()})` : ''}`;
  };
  const queue = queueOf(item);

  return {
    id: item.id,
    href: itemPath(item.id),
    kind: item.kind,
    kindLabel: KIND_LABELS[item.kind] ?? item.kind,
    stateLabel: STATE_LABELS[item.state] ?? item.state,
    version: item.version,
    createdAt: item.createdAt,
    age: formatAge(hoursSince(item.createdAt, now)),
    dueAt: item.dueAt,
    overdue: item.overdue,
    safety: item.safety || flags.some((flag) => flag.category === 'safety'),
    queue,
    queueLabel: QUEUE_LABELS[queue],
    queueHref: queuePath(queue),
    claim,
    access,
    blockedReason,
    prescreen: item.prescreen
      ? {
          riskScore: typeof item.prescreen.riskScore === 'number' ? item.prescreen.riskScore : item.riskScore,
          suggestion: typeof item.prescreen.suggestion === 'string' ? (SUGGESTION_LABELS[item.prescreen.suggestion] ?? item.prescreen.suggestion) : null,
          flags: flags.map(({ source: _source, ...flag }) => flag),
        }
      : null,
    riskScore: item.riskScore,
    text,
    segments: highlightSegments(text, flags.map((flag) => ({ number: flag.number, spans: flag.source.spans ?? [] }))),
    proposals: redactionProposals(text, flags.map((flag) => ({ number: flag.number, category: flag.category, redaction: flag.source.redaction }))),
    revision: item.revision
      ? {
          number: item.revision.number,
          byEditors: item.revision.source === 'editor',
          relationshipLabel: item.revision.relationshipLabel,
          period:
            item.revision.periodFrom === item.revision.periodTo
              ? formatMonth(item.revision.periodFrom)
              : `${formatMonth(item.revision.periodFrom)} tot en met ${formatMonth(item.revision.periodTo)}`,
          displayLabel: item.revision.displayLabel,
          createdAt: item.revision.createdAt,
        }
      : null,
    ratings: THEME_KEYS.map((key) => ({ key, label: THEMES[key].label, text: scoreText(item.revision?.ratings[key]) })),
    diff: item.diff,
    revisions: item.revisions
      .map((revision) => ({
        number: revision.number,
        byEditors: revision.source === 'editor',
        createdAt: revision.createdAt,
        text: revision.text,
        current: revision.id === item.revision?.id,
      }))
      .reverse(),
    author: {
      ...item.author,
      decisions: item.author.decisions.map((decision) => ({
        label: decisionLabel(decision.decision),
        reasons: reasonLabels(decision.reasonCodes),
        createdAt: decision.createdAt,
        facilityName: decision.facilityName,
      })),
    },
    facility: {
      ...item.facility,
      sectorLabel: SECTOR_LABELS[item.facility.sector as Sector] ?? item.facility.sector,
      href: facilityPath(item.facility),
    },
    decisions: item.decisions.map((decision) => ({
      id: decision.id,
      label: decisionLabel(decision.decision),
      reasons: reasonLabels(decision.reasonCodes),
      statement: decision.statement,
      createdAt: decision.createdAt,
      overruledAt: decision.overruledAt,
      byMe: decision.editorId === me.id,
    })),
    notice: item.notice
      ? {
          reasonLabel: NOTICE_REASONS[item.notice.reason as keyof typeof NOTICE_REASONS] ?? item.notice.reason,
          explanation: item.notice.explanation,
          name: item.notice.name,
          email: item.notice.email,
          createdAt: item.notice.createdAt,
        }
      : null,
    appeal: item.appeal ? { text: item.appeal.text, createdAt: item.appeal.createdAt, against: appealed ? decisionLabel(appealed.decision) : null } : null,
    decisionOptions: DECISIONS_BY_KIND[item.kind].map((value) => ({
      value,
      label: EDITOR_DECISION_LABELS[value],
      shortcut: DECISION_SHORTCUTS[value] ?? null,
      needsReason: RESTRICTING_DECISIONS.includes(value),
    })),
    reasons: Object.entries(item.statementTemplates).map(([code, template]) => ({ code, ...template })),
    allowsEdit: DECISIONS_BY_KIND[item.kind].includes('publish_edited') && text.length > 0,
  };
}
