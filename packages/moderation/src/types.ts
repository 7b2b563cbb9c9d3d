import type { Sector, ThemeKey } from '@zorgwaardering/core';

export const CATEGORIES = ['privacy', 'reliability', 'readability', 'interval', 'safety'] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['info', 'warning', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type Suggestion = 'publish' | 'review' | 'hold';

/** A character range in the submitted text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** A proposed edit: replace `text.slice(start, end)` by `replacement`. */
export interface Redaction extends Span {
  replacement: string;
}

export interface Flag {
  category: Category;
  /** Stable machine code, e.g. `phone-number`; one meaning per code. */
  code: string;
  severity: Severity;
  /** Dutch, for the editors: what was found and why it matters. */
  message: string;
  /** Dutch, for the author: how to fix it. */
  hint?: string;
  /** Evidence in the text (may be empty for signals outside the text, such as a burst). */
  spans: Span[];
  /** For personal data: the proposed replacement. */
  redaction?: Redaction[];
  /** Ids of earlier submissions that are the evidence (near-duplicates, burst, interval). */
  related?: string[];
}

export type Ratings = Partial<Record<ThemeKey, number | null>>;

/** What is screened: one review (or, later, a response), as submitted. */
export interface Submission {
  id?: string;
  /** The review this text is a revision of; earlier revisions of it do not count for the interval. */
  reviewId?: string;
  kind?: 'review' | 'response';
  text: string;
  ratings: Ratings;
  sector: Sector;
  facilityId: string;
  authorId: string;
  /** ISO timestamp or Date. */
  submittedAt: string | Date;
  /** Precomputed `textSignature(text)`; computed when absent. */
  signature?: Uint32Array;
}

/** An earlier submission as the caller knows it (from its database). */
export interface PriorSubmission {
  id: string;
  reviewId?: string;
  authorId: string;
  facilityId: string;
  submittedAt: string | Date;
  /** The ip hash of the account at the time, when known. */
  ipHash?: string;
  /** `textSignature(text)` as stored with the revision. */
  signature?: Uint32Array;
}

export interface AccountSignals {
  createdAt?: string | Date;
  /** Came with an invitation code from the facility. */
  invited?: boolean;
  ipHash?: string;
}

/** What the caller knows besides the submission; every field is optional. */
export interface ScreenContext {
  /** The author's earlier submissions, any facility (at least the longest sector interval back). */
  authorHistory?: PriorSubmission[];
  /** Recent submissions for this facility by anyone (at least the last 30 days). */
  facilityRecent?: PriorSubmission[];
  /** Near-duplicate candidates found through the signature index, any author and facility. */
  similarCandidates?: PriorSubmission[];
  account?: AccountSignals;
  /** Names of the facility's staff, when the facility gave them. */
  staffNames?: string[];
  /** The facility's own name: mentioning it is not personal data. */
  facilityName?: string;
}

export interface ReportMetrics {
  words: number;
  sentences: number;
  /** Detected language (ISO 639-1) or `unknown` for texts too short to tell. */
  language: string;
  /** Flesch-Douma reading ease (0-100, higher is easier), for the editors only. */
  readingEase: number | null;
  capitalsRatio: number;
  spellingErrorRatio: number;
  /** Sentiment of the text from the lexicon: below 0 negative, above 0 positive. */
  sentiment: number;
  /** Minutes between account creation and submission, when known. */
  accountAgeMinutes: number | null;
}

export interface Report {
  flags: Flag[];
  riskScore: number;
  suggestion: Suggestion;
  rulesVersion: string;
  metrics: ReportMetrics;
  /** Milliseconds: total and per check. The only part of a report that varies between runs. */
  timings: { totalMs: number; checks: Record<string, number> };
}
