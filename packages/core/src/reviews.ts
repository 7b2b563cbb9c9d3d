import { z } from 'zod';
import { keysOf } from './keys';
import type { Sector } from './sectors';
import { ratingsSchema, type Ratings } from './themes';

export const REVIEW_STATUSES = ['pending', 'changes_requested', 'published', 'rejected', 'withdrawn', 'removed'] as const;
export const reviewStatusSchema = z.enum(REVIEW_STATUSES);
export type ReviewStatus = z.infer<typeof reviewStatusSchema>;

/** How the status reads for the author, in plain Dutch. */
export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  pending: 'In behandeling bij de redactie',
  changes_requested: 'Aanpassing gevraagd',
  published: 'Gepubliceerd',
  rejected: 'Niet gepubliceerd',
  withdrawn: 'Ingetrokken',
  removed: 'Verwijderd',
};

/** The author's relationship to the facility, per sector. */
export const RELATIONSHIPS = {
  ouder: 'Ouder',
  grootouder: 'Grootouder',
  pleegouder: 'Pleegouder',
  voogd: 'Voogd',
  bewoner: 'Bewoner',
  gebruiker: 'Ik krijg zelf ondersteuning',
  jongere: 'Ik krijg of kreeg zelf hulp',
  partner: 'Partner',
  kind_van_bewoner: 'Zoon of dochter',
  familielid: 'Ander familielid',
  mantelzorger: 'Mantelzorger',
  vertegenwoordiger: 'Wettelijk vertegenwoordiger of bewindvoerder',
  andere: 'Andere',
} as const;
export type Relationship = keyof typeof RELATIONSHIPS;
export const RELATIONSHIP_KEYS = keysOf(RELATIONSHIPS);

export const RELATIONSHIPS_BY_SECTOR: Record<Sector, Relationship[]> = {
  kinderopvang: ['ouder', 'grootouder', 'pleegouder', 'voogd', 'andere'],
  ouderenzorg: ['bewoner', 'partner', 'kind_van_bewoner', 'familielid', 'mantelzorger', 'vertegenwoordiger', 'andere'],
  handicap: ['gebruiker', 'ouder', 'familielid', 'vertegenwoordiger', 'mantelzorger', 'andere'],
  jeugdhulp: ['jongere', 'ouder', 'pleegouder', 'familielid', 'voogd', 'andere'],
};

export const REVIEW_TEXT_MIN = 50;
export const REVIEW_TEXT_MAX = 4000;
/** The experience must lie within this many months before the review. */
export const PERIOD_MAX_AGE_MONTHS = 24;

/** A month as "YYYY-MM". */
export const monthSchema = z
  .string({ error: 'Kies een maand' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Geef de maand als JJJJ-MM, bv. 2026-03');

export const displayLabelSchema = z
  .string()
  .trim()
  .max(60, 'Je publieke omschrijving mag hoogstens 60 tekens lang zijn')
  .transform((value) => value || null)
  .nullable();

/** The content of one revision, as the author sends it (the text is stripped of markup first). */
export const reviewContentSchema = z.object({
  ratings: ratingsSchema,
  text: z
    .string({ error: 'Schrijf je ervaring' })
    .trim()
    .min(REVIEW_TEXT_MIN, `Schrijf minstens ${REVIEW_TEXT_MIN} tekens, zodat anderen iets aan je ervaring hebben`)
    .max(REVIEW_TEXT_MAX, `Je tekst mag hoogstens ${REVIEW_TEXT_MAX} tekens lang zijn`),
  relationship: z.enum(RELATIONSHIP_KEYS, { error: 'Kies je relatie tot de voorziening' }),
  periodFrom: monthSchema,
  periodTo: monthSchema,
  displayLabel: displayLabelSchema.optional(),
});
export type ReviewContent = z.infer<typeof reviewContentSchema>;

export const reviewAuthorSchema = z.object({
  firstName: z.string({ error: 'Vul je voornaam in' }).trim().min(1, 'Vul je voornaam in').max(80),
  lastName: z.string({ error: 'Vul je achternaam in' }).trim().min(1, 'Vul je achternaam in').max(80),
});

/**
 * Invitation codes: 8 characters from an alphabet without look-alikes (no 0/O, 1/I), shown in two
 * groups of four ("ABCD-EF23"). Spaces, hyphens and lower case are accepted when typed.
 */
export const INVITATION_CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const INVITATION_CODE_LENGTH = 8;

/** A typed code as stored and hashed: upper case, without spaces or hyphens. */
export function normalizeInvitationCode(value: string): string {
  return value.toUpperCase().replace(/[\s\-‐-―]/g, '');
}

/** "ABCDEF23" as "ABCD-EF23". */
export function formatInvitationCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

const invitationCodePattern = new RegExp(`^[${INVITATION_CODE_ALPHABET}]{${INVITATION_CODE_LENGTH}}$`);

/** An optional invitation code: empty counts as none; anything else must look like a code. */
export const invitationCodeSchema = z
  .preprocess(
    (value) => (typeof value === 'string' ? normalizeInvitationCode(value) || undefined : value),
    z
      .string({ error: 'Geef de uitnodigingscode als tekst' })
      .regex(invitationCodePattern, 'Een uitnodigingscode heeft 8 letters en cijfers, bijvoorbeeld ABCD-EF23')
      .optional(),
  )
  .optional();

export const submitReviewSchema = reviewContentSchema.extend({
  facilityId: z.number({ error: 'Kies een voorziening' }).int().positive(),
  /** Needed the first time someone writes: seen by the editors only. */
  author: reviewAuthorSchema.optional(),
  /** A code the facility handed out: the published review is marked "geverifieerd". */
  invitationCode: invitationCodeSchema,
});
export type SubmitReviewInput = z.infer<typeof submitReviewSchema>;

export const reviseReviewSchema = reviewContentSchema.extend({
  /** The version the author edited; a stale one is refused (409). */
  version: z.number().int().positive().optional(),
});
export type ReviseReviewInput = z.infer<typeof reviseReviewSchema>;

export interface PublicReview {
  id: string;
  ratings: Ratings;
  text: string;
  /** Month of the review, "YYYY-MM". */
  month: string;
  relationship: Relationship;
  relationshipLabel: string;
  displayLabel: string | null;
}

/** Checks the period against a clock: from <= to, not in the future, and ending within the last 24 months. */
export function periodProblems(periodFrom: string, periodTo: string, now: Date): { path: string; message: string }[] {
  const current = now.getUTCFullYear() * 12 + now.getUTCMonth();
  const toIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
  const problems: { path: string; message: string }[] = [];
  if (toIndex(periodTo) > current) problems.push({ path: 'periodTo', message: 'Deze maand ligt in de toekomst' });
  if (toIndex(periodFrom) > current) problems.push({ path: 'periodFrom', message: 'Deze maand ligt in de toekomst' });
  if (toIndex(periodFrom) > toIndex(periodTo)) problems.push({ path: 'periodFrom', message: 'De beginmaand ligt na de eindmaand' });
  if (toIndex(periodTo) < current - PERIOD_MAX_AGE_MONTHS) {
    problems.push({
      path: 'periodTo',
      message: `Je ervaring moet binnen de laatste ${PERIOD_MAX_AGE_MONTHS} maanden liggen, zodat ze nog iets zegt over de voorziening vandaag`,
    });
  }
  return problems;
}
