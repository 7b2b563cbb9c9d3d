import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument, isMap, isPair, isScalar, type Node } from 'yaml';
import { z } from 'zod';
import { REASON_CODES, SECTORS, type ReasonCode, type Sector } from '@zorgwaardering/core';

const RULES_DIR = fileURLToPath(new URL('../../../moderation-rules/', import.meta.url));

/** The editorial rules the review services apply, from `moderation-rules/publication.json`. */
export interface PublicationRules {
  version: string;
  /** One review per author per facility within this many days, per sector. */
  resubmissionIntervalDays: Record<Sector, number>;
  scores: ScoreRules;
}

/** How published ratings become the scores on a facility page. */
export interface ScoreRules {
  /** Only reviews published in the last this many calendar months (the current one included) count. */
  windowMonths: number;
  /** An average is shown only from this many counting reviews: fewer would expose the reviewers. */
  minReviewsForAverage: number;
  /** Below this many counting reviews an average is marked "indicatief". */
  indicativeBelowReviews: number;
  /** A year appears in the trend from this many reviews published in it… */
  trendMinReviewsPerYear: number;
  /** …and the trend is shown from this many such years. */
  trendMinYears: number;
}

const publicationRulesSchema = z.strictObject({
  version: z.string().min(1),
  resubmissionIntervalDays: z.strictObject(
    Object.fromEntries(SECTORS.map((sector) => [sector, z.number().int().min(0).max(3650)])) as Record<Sector, z.ZodNumber>,
  ),
  scores: z
    .strictObject({
      windowMonths: z.number().int().min(1).max(240),
      minReviewsForAverage: z.number().int().min(1).max(100),
      indicativeBelowReviews: z.number().int().min(1).max(1000),
      trendMinReviewsPerYear: z.number().int().min(1).max(1000),
      trendMinYears: z.number().int().min(2).max(20),
    })
    .refine((scores) => scores.indicativeBelowReviews >= scores.minReviewsForAverage, {
      message: 'indicativeBelowReviews moet minstens minReviewsForAverage zijn',
    }),
});

export function loadPublicationRules(file = `${RULES_DIR}publication.json`): PublicationRules {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: kan de regels niet lezen: ${error instanceof Error ? error.message : error}`);
  }
  const parsed = publicationRulesSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(bestand)'}: ${issue.message}`).join('; ');
    throw new Error(`${file}: ongeldige regels: ${problems}`);
  }
  return parsed.data;
}

export interface ReasonDefinition {
  label: string;
  /** The rule of the code of conduct the reason rests on. */
  rule: string;
  /** The statement the editor starts from; `{facility}` is the facility's name. */
  template: string;
}

export interface ReasonCatalogue {
  version: string;
  reasons: Record<ReasonCode, ReasonDefinition>;
}

const reasonSchema = z.strictObject({ label: z.string().min(1), rule: z.string().min(1), template: z.string().min(1) });
const reasonCatalogueSchema = z.strictObject({
  version: z.string().min(1),
  reasons: z.strictObject(Object.fromEntries(REASON_CODES.map((code) => [code, reasonSchema])) as Record<ReasonCode, typeof reasonSchema>),
});

/** Reads `moderation-rules/reason-codes.yaml`; a bad file stops the start, naming the file and line. */
export function loadReasonCatalogue(file = `${RULES_DIR}reason-codes.yaml`): ReasonCatalogue {
  const lineCounter = new LineCounter();
  const document = parseDocument(readFileSync(file, 'utf8'), { lineCounter });
  if (document.errors.length > 0) {
    const error = document.errors[0]!;
    throw new Error(`${file}:${error.linePos?.[0].line ?? '?'}: ${error.message}`);
  }
  const parsed = reasonCatalogueSchema.safeParse(document.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const line = lineOf(document.contents, issue.path, lineCounter);
    throw new Error(`${file}:${line ?? '?'}: ${issue.path.join('.') || '(bestand)'}: ${issue.message}`);
  }
  return parsed.data;
}

/** The line of the deepest node that exists along a path. */
function lineOf(node: Node | null, path: PropertyKey[], lineCounter: LineCounter): number | undefined {
  let current: unknown = node;
  let line: number | undefined = undefined;
  for (const key of path) {
    if (!isMap(current)) break;
    const pair = current.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
    if (!pair || !isPair(pair)) break;
    const range = (pair.key as Node).range;
    if (range) line = lineCounter.linePos(range[0]).line;
    current = pair.value;
  }
  return line;
}

/** The statement template of a reason with the facility filled in. */
export function statementFor(catalogue: ReasonCatalogue, code: ReasonCode, facility: string): string {
  return catalogue.reasons[code].template.replaceAll('{facility}', facility);
}
