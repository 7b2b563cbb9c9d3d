import { loadRules, type Rules } from '../rules/load';
import { screen } from '../pipeline';
import { textSignature } from '../signature';
import type { Flag, PriorSubmission, Ratings, Report, ScreenContext, Submission } from '../types';

let shared: Promise<Rules> | undefined;

/** The real rules and dictionary, loaded once per test file. */
export function rules(): Promise<Rules> {
  shared ??= loadRules();
  return shared;
}

export const GOOD: Ratings = { communicatie: 4, respect: 4, inspraak: 4, veiligheid: 4, begeleiding: 4, welbevinden: 4, omgeving: 4, organisatie: 4 };
export const TOP: Ratings = { communicatie: 5, respect: 5, inspraak: 5, veiligheid: 5, begeleiding: 5, welbevinden: 5, omgeving: 5, organisatie: 5 };
export const BOTTOM: Ratings = { communicatie: 1, respect: 1, inspraak: 1, veiligheid: 1, begeleiding: 1, welbevinden: 1, omgeving: 1, organisatie: 1 };

export function submission(text: string, extra: Partial<Submission> = {}): Submission {
  return {
    id: 's-new',
    text,
    ratings: GOOD,
    sector: 'kinderopvang',
    facilityId: 'fac-1',
    authorId: 'author-1',
    submittedAt: '2026-05-01T12:00:00Z',
    ...extra,
  };
}

export function prior(id: string, text: string, extra: Partial<PriorSubmission> = {}): PriorSubmission {
  return { id, authorId: 'author-2', facilityId: 'fac-1', submittedAt: '2026-04-01T12:00:00Z', signature: textSignature(text), ...extra };
}

export async function run(text: string, extra: Partial<Submission> = {}, context: ScreenContext = {}): Promise<Report> {
  return screen(submission(text, extra), context, await rules());
}

/** The flags of one category (or with one code). */
export async function flagsOf(text: string, which: string, extra: Partial<Submission> = {}, context: ScreenContext = {}): Promise<Flag[]> {
  const report = await run(text, extra, context);
  return report.flags.filter((f) => f.category === which || f.code === which);
}

/** The text under each span of a flag. */
export function evidence(text: string, flag: Flag | undefined): string[] {
  return (flag?.spans ?? []).map((s) => text.slice(s.start, s.end));
}

/** Applies the redactions of all flags, last first. */
export function redact(text: string, flags: Flag[]): string {
  const all = flags.flatMap((f) => f.redaction ?? []).sort((a, b) => b.start - a.start);
  let out = text;
  for (const r of all) out = out.slice(0, r.start) + r.replacement + out.slice(r.end);
  return out;
}
