import fc from 'fast-check';
import { THEME_KEYS } from '@zorgwaardering/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { screen } from './pipeline';
import type { Rules } from './rules/load';
import { textSignature } from './signature';
import { rules as loadTestRules } from './test/helpers';
import type { PriorSubmission, Report, ScreenContext, Submission } from './types';

let rules: Rules;
beforeAll(async () => {
  rules = await loadTestRules();
});

const withoutTimings = ({ timings: _timings, ...rest }: Report) => rest;

function checkReport(text: string, report: Report): void {
  expect(report.riskScore).toBeGreaterThanOrEqual(0);
  expect(report.riskScore).toBeLessThanOrEqual(100);
  expect(['publish', 'review', 'hold']).toContain(report.suggestion);
  for (const flag of report.flags) {
    for (const span of [...flag.spans, ...(flag.redaction ?? [])]) {
      expect(Number.isInteger(span.start) && Number.isInteger(span.end)).toBe(true);
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeGreaterThanOrEqual(span.start);
      expect(span.end).toBeLessThanOrEqual(text.length);
    }
    expect(flag.message.length).toBeGreaterThan(0);
  }
}

function screenTwice(submission: Submission, context: ScreenContext = {}): Report {
  const first = screen(submission, context, rules);
  const second = screen(submission, context, rules);
  expect(withoutTimings(second)).toEqual(withoutTimings(first));
  checkReport(typeof submission.text === 'string' ? submission.text : '', first);
  return first;
}

const pieces = fc.constantFrom(
  'Juf Ilse ',
  'de begeleider sloeg ',
  'niet ',
  '0476 12 34 56',
  'BE68 5390 0754 7034',
  '85.03.12-123.62',
  'Kerkstraat 14 bus 3, 9000 Gent',
  'www.voorbeeld.be',
  'an@voorbeeld.be',
  '1-ABC-123',
  '!!!',
  'HEEL SLECHT ',
  '😀👍🏽',
  'שלום עולם ',
  'مرحبا بالعالم ',
  '\u0000\u0007\u001b\u200f\u202e',
  '\ud800',
  '\r\n',
  '. ',
);

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.array(fc.oneof(pieces, fc.string({ maxLength: 12 })), { maxLength: 40 }).map((parts) => parts.join('')),
);

const anyRating = fc.oneof(
  fc.constant(null),
  fc.integer({ min: 1, max: 5 }),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double(),
  fc.constant(Number.NaN),
);
const anyRatings = fc.dictionary(fc.constantFrom(...THEME_KEYS, 'onbekend'), anyRating);
const anyDate = fc.oneof(
  fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }).map((t) => new Date(t).toISOString()),
  fc.constant('geen datum'),
);

const anyPrior = fc.record({
  id: fc.string({ minLength: 1, maxLength: 6 }),
  authorId: fc.constantFrom('a1', 'a2', 'a3'),
  facilityId: fc.constantFrom('f1', 'f2'),
  submittedAt: anyDate,
  ipHash: fc.option(fc.constantFrom('h1', 'h2'), { nil: undefined }),
  text: fc.string({ maxLength: 80 }),
});

const toPrior = (p: { id: string; authorId: string; facilityId: string; submittedAt: string; ipHash?: string; text: string }): PriorSubmission => ({
  id: p.id,
  authorId: p.authorId,
  facilityId: p.facilityId,
  submittedAt: p.submittedAt,
  ...(p.ipHash ? { ipHash: p.ipHash } : {}),
  signature: textSignature(p.text),
});

describe('screen on any input', () => {
  it('never throws, keeps spans inside the text and gives the same report twice', () => {
    fc.assert(
      fc.property(anyText, anyRatings, anyDate, fc.array(anyPrior, { maxLength: 6 }), (text, ratings, submittedAt, priors) => {
        screenTwice(
          { text, ratings, sector: 'kinderopvang', facilityId: 'f1', authorId: 'a1', submittedAt },
          { authorHistory: priors.map(toPrior), facilityRecent: priors.map(toPrior), account: { ipHash: 'h1' } },
        );
      }),
      { numRuns: 100 },
    );
  });

  it('handles the empty text and odd values where the types are not respected', () => {
    screenTwice({ text: '', ratings: {}, sector: 'jeugdhulp', facilityId: '', authorId: '', submittedAt: '' });
    screenTwice({ text: 'Goed.', ratings: null as never, sector: 'onbekend' as never, facilityId: 'f', authorId: 'a', submittedAt: new Date(Number.NaN) });
    screenTwice({ text: undefined as never, ratings: { respect: '5' as never }, sector: 'handicap', facilityId: 'f', authorId: 'a', submittedAt: '2026-01-01' });
  });

  const big = (unit: string) => unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
  const at = { ratings: { respect: 3 }, sector: 'ouderenzorg' as const, facilityId: 'f', authorId: 'a', submittedAt: '2026-01-01T00:00:00Z' };

  it.each([
    ['emoji, right-to-left text, control characters and lone surrogates', '😀👍🏽🇧🇪 שלום عالم \u202e\u0000\u0007\u001b\u007f\u2028\ud800 '],
  ])('handles 100,000 characters of %s, twice the same', (_name, unit) => {
    screenTwice({ text: big(unit), ...at });
  });

  it.each([
    ['Dutch text with personal data and cues', 'Juf Ilse sloeg ons kind niet, bel 0476 12 34 56. '],
    ['one endless word', 'a'],
    ['digits and separators', '0476 12-34.56/'],
    ['punctuation', '!?.,;:'],
  ])('handles 100,000 characters of %s', (_name, unit) => {
    const text = big(unit);
    checkReport(text, screen({ text, ...at }, {}, rules));
  });
});
