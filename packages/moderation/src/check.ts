import type { Rules } from './rules/load';
import type { TextAnalysis } from './text/analyze';
import type { Category, Flag, ReportMetrics, ScreenContext, Severity, Submission } from './types';
import { findCues } from './text/cues';
import type { PhraseSet } from './text/phrases';

/** What every check gets: the submission, the caller's context, the rules and the shared text analysis. */
export interface CheckInput {
  submission: Submission;
  context: ScreenContext;
  rules: Rules;
  text: TextAnalysis;
  signature: Uint32Array;
  /** `submittedAt` in epoch milliseconds (NaN when unreadable). */
  submittedAtMs: number;
  /** The flags of the checks before this one in the pipeline. */
  earlier: readonly Flag[];
}

export interface CheckResult {
  flags: Flag[];
  metrics?: Partial<ReportMetrics>;
}

/** One step of the pre-screen. Adding a check is adding one file in `checks/` and one line in `pipeline.ts`. */
export interface Check {
  name: string;
  category: Category;
  /** Only for reviews, not for a facility's response (which is written by staff and repeats itself by nature). */
  reviewsOnly?: boolean;
  run(input: CheckInput): Flag[] | CheckResult;
}

export function toMs(value: string | Date | undefined): number {
  if (value === undefined) return Number.NaN;
  return value instanceof Date ? value.getTime() : Date.parse(value);
}

export interface CueCheckSpec {
  name: string;
  reviewsOnly?: boolean;
  category: Category;
  code: string;
  severity: Severity;
  phrases: (rules: Rules) => PhraseSet;
  message: string;
  hint?: string;
}

/** A check that adds up the weights of the (not negated) cues of one word list against `reliability.cueThreshold`. */
export function cueCheck(spec: CueCheckSpec): Check {
  return {
    name: spec.name,
    category: spec.category,
    ...(spec.reviewsOnly ? { reviewsOnly: true } : {}),
    run({ text, rules }) {
      const hits = findCues(text, spec.phrases(rules), {
        negators: rules.safety.negators,
        clauseBreakers: rules.safety.clauseBreakers,
        window: 3,
      });
      const score = hits.reduce((sum, h) => sum + h.phrase.weight, 0);
      if (score < rules.settings.reliability.cueThreshold - 1e-9) return [];
      return [
        {
          category: spec.category,
          code: spec.code,
          severity: spec.severity,
          message: spec.message,
          ...(spec.hint ? { hint: spec.hint } : {}),
          spans: hits.map((h) => ({ start: h.start, end: h.end })),
        },
      ];
    },
  };
}
