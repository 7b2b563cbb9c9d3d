import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { SECTORS, type Sector } from '@zorgwaardering/core';

/** The editorial rules the review services apply, from `moderation-rules/publication.json`. */
export interface PublicationRules {
  version: string;
  /** One review per author per facility within this many days, per sector. */
  resubmissionIntervalDays: Record<Sector, number>;
  /** A theme average is shown only from this many published reviews that score it. */
  minReviewsForAverage: number;
}

const publicationRulesSchema = z.strictObject({
  version: z.string().min(1),
  resubmissionIntervalDays: z.strictObject(
    Object.fromEntries(SECTORS.map((sector) => [sector, z.number().int().min(0).max(3650)])) as Record<Sector, z.ZodNumber>,
  ),
  minReviewsForAverage: z.number().int().min(1).max(100),
});

const RULES_FILE = fileURLToPath(new URL('../../../moderation-rules/publication.json', import.meta.url));

export function loadPublicationRules(file = RULES_FILE): PublicationRules {
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
