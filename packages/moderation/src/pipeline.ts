import type { Check, CheckInput } from './check';
import { toMs } from './check';
import { addressCheck } from './checks/address';
import { advertisingCheck } from './checks/advertising';
import { birthDateCheck } from './checks/birth-date';
import { burstCheck } from './checks/burst';
import { capitalsCheck } from './checks/capitals';
import { emailCheck } from './checks/email';
import { gibberishCheck } from './checks/gibberish';
import { healthCheck } from './checks/health';
import { ibanCheck } from './checks/iban';
import { implausibleCheck } from './checks/implausible';
import { insultCheck } from './checks/insult';
import { intervalCheck } from './checks/interval';
import { languageCheck } from './checks/language';
import { nationalNumberCheck } from './checks/national-number';
import { nearDuplicateCheck } from './checks/near-duplicate';
import { otherAccountCheck } from './checks/other-account';
import { personNameCheck } from './checks/person-name';
import { phoneCheck } from './checks/phone';
import { plateCheck } from './checks/plate';
import { promotionCheck } from './checks/promotion';
import { ratingContradictionCheck } from './checks/rating-contradiction';
import { readingEaseCheck } from './checks/reading-ease';
import { repetitionCheck } from './checks/repetition';
import { revengeCheck } from './checks/revenge';
import { safetyCheck } from './checks/safety';
import { sharedNetworkCheck } from './checks/shared-network';
import { spellingCheck } from './checks/spelling';
import { staffAuthorCheck } from './checks/staff-author';
import { tooShortCheck } from './checks/too-short';
import type { Rules } from './rules/load';
import { textSignature } from './signature';
import { analyze } from './text/analyze';
import type { Flag, Report, ReportMetrics, ScreenContext, Submission, Suggestion } from './types';

/**
 * The pre-screen, in order. A check sees the flags of the checks before it: the phone check skips
 * digits already found as a national number or IBAN, the health check uses the names found.
 */
export const CHECKS: readonly Check[] = [
  // Data protection
  emailCheck,
  ibanCheck,
  nationalNumberCheck,
  phoneCheck,
  plateCheck,
  addressCheck,
  birthDateCheck,
  personNameCheck,
  healthCheck,
  // Safety signals
  safetyCheck,
  // Reliability
  nearDuplicateCheck,
  burstCheck,
  sharedNetworkCheck,
  staffAuthorCheck,
  advertisingCheck,
  promotionCheck,
  implausibleCheck,
  revengeCheck,
  insultCheck,
  ratingContradictionCheck,
  // Readability
  languageCheck,
  tooShortCheck,
  capitalsCheck,
  repetitionCheck,
  gibberishCheck,
  spellingCheck,
  readingEaseCheck,
  // Resubmission interval
  intervalCheck,
  otherAccountCheck,
];

const EMPTY_METRICS: ReportMetrics = {
  words: 0,
  sentences: 0,
  language: 'unknown',
  readingEase: null,
  capitalsRatio: 0,
  spellingErrorRatio: 0,
  sentiment: 0,
  accountAgeMinutes: null,
};

/** Safety and high-severity findings are held; any other flag asks for a look; none may be published. */
export function suggestionFor(flags: readonly Flag[]): Suggestion {
  if (flags.some((f) => f.category === 'safety' || f.severity === 'high')) return 'hold';
  if (flags.some((f) => f.severity !== 'info')) return 'review';
  return 'publish';
}

export function riskScoreFor(flags: readonly Flag[], rules: Rules): number {
  if (flags.some((f) => f.category === 'safety')) return 100;
  const points = flags.reduce((sum, f) => sum + rules.settings.risk[f.severity], 0);
  return Math.min(100, Math.round(points));
}

/** Runs the checks on a text; `screen` is this with the pipeline above. */
export function composePipeline(checks: readonly Check[]) {
  return function screen(submission: Submission, context: ScreenContext, rules: Rules): Report {
    const started = performance.now();
    const text = analyze(typeof submission.text === 'string' ? submission.text : '');
    const submittedAtMs = toMs(submission.submittedAt);
    const flags: Flag[] = [];
    const metrics: ReportMetrics = { ...EMPTY_METRICS, words: text.words.length, sentences: text.sentences.length };
    const accountCreated = toMs(context.account?.createdAt);
    if (Number.isFinite(accountCreated) && Number.isFinite(submittedAtMs)) metrics.accountAgeMinutes = Math.round((submittedAtMs - accountCreated) / 60_000);
    const timings: Record<string, number> = {};
    const input: CheckInput = {
      submission,
      context,
      rules,
      text,
      signature: submission.signature ?? textSignature(text.text),
      submittedAtMs,
      earlier: flags,
    };
    const response = submission.kind === 'response';
    for (const check of checks) {
      if (response && check.reviewsOnly) continue;
      const t0 = performance.now();
      const result = check.run(input);
      const found = Array.isArray(result) ? result : result.flags;
      if (!Array.isArray(result) && result.metrics) Object.assign(metrics, result.metrics);
      flags.push(...found);
      timings[check.name] = Math.round((performance.now() - t0) * 1000) / 1000;
    }
    return {
      flags,
      riskScore: riskScoreFor(flags, rules),
      suggestion: suggestionFor(flags),
      rulesVersion: rules.version,
      metrics,
      timings: { totalMs: Math.round((performance.now() - started) * 1000) / 1000, checks: timings },
    };
  };
}

/**
 * Screens one submission: pure (no I/O; the same input gives the same report but for `timings`).
 * `context` holds what the caller knows: see `ScreenContext`.
 */
export const screen = composePipeline(CHECKS);
