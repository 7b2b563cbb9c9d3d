import {
  PERIOD_MAX_AGE_MONTHS,
  RELATIONSHIPS,
  RELATIONSHIPS_BY_SECTOR,
  REVIEW_TEXT_MAX,
  REVIEW_TEXT_MIN,
  THEME_KEYS,
  invitationCodeSchema,
  periodProblems,
  reviewAuthorSchema,
  reviewContentSchema,
  type ReviewContent,
  type Sector,
} from '@zorgwaardering/core';
// Relative imports: the unit tests run without SvelteKit's $lib alias.
import type { ReviewFormErrors, ReviewFormSetup, ReviewFormValues } from '../review-form';
import { formatMonth } from '../labels';
import { ratingScale } from './scale';
import type { ApiError } from './api';

/** The value of the "niet van toepassing / weet ik niet" choice. */
export const NOT_APPLICABLE = 'nvt';

/** Longer input is cut off: a code has 8 characters, with a hyphen and spaces a few more. */
const INVITATION_CODE_INPUT_MAX = 40;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function emptyReviewForm(formToken: string = crypto.randomUUID()): ReviewFormValues {
  return {
    ratings: Object.fromEntries(THEME_KEYS.map((key) => [key, ''])),
    text: '',
    relationship: '',
    periodFrom: '',
    periodTo: '',
    displayLabel: '',
    firstName: '',
    lastName: '',
    consent: false,
    formToken,
    version: '',
    invitationCode: '',
  };
}

/** The form filled in with the latest revision of a review, to edit it. */
export function reviewFormFrom(
  revision: {
    ratings: Record<string, number | null>;
    text: string;
    relationship: string;
    periodFrom: string;
    periodTo: string;
    displayLabel: string | null;
  },
  version: number,
): ReviewFormValues {
  return {
    ...emptyReviewForm(),
    ratings: Object.fromEntries(THEME_KEYS.map((key) => [key, ratingValue(revision.ratings[key])])),
    text: revision.text,
    relationship: revision.relationship,
    periodFrom: revision.periodFrom,
    periodTo: revision.periodTo,
    displayLabel: revision.displayLabel ?? '',
    version: String(version),
  };
}

function ratingValue(rating: number | null | undefined): string {
  return typeof rating === 'number' ? String(rating) : NOT_APPLICABLE;
}

export function readReviewForm(form: FormData): ReviewFormValues {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : '';
  };
  return {
    ratings: Object.fromEntries(THEME_KEYS.map((key) => [key, text(`rating-${key}`)])),
    // Browsers send line breaks as CRLF; count them as one character, as the counter does.
    text: text('text').replace(/\r\n?/g, '\n'),
    relationship: text('relationship'),
    periodFrom: text('periodFrom'),
    periodTo: text('periodTo'),
    displayLabel: text('displayLabel'),
    firstName: text('firstName'),
    lastName: text('lastName'),
    consent: form.get('consent') === 'ja',
    formToken: UUID.test(text('formToken')) ? text('formToken') : crypto.randomUUID(),
    version: text('version'),
    invitationCode: text('invitationCode').trim().slice(0, INVITATION_CODE_INPUT_MAX),
  };
}

/** What the server needs to draw the form for a facility of this sector. */
export function reviewFormSetup(sector: Sector, themes: { key: string; label: string; question: string }[], needsName: boolean, now = new Date()): ReviewFormSetup {
  return {
    themes: themes.map(({ key, label, question }) => ({ key, label, question })),
    scale: ratingScale(),
    relationships: RELATIONSHIPS_BY_SECTOR[sector].map((value) => ({ value, label: RELATIONSHIPS[value] })),
    months: recentMonths(now),
    text: { min: REVIEW_TEXT_MIN, max: REVIEW_TEXT_MAX },
    periodMaxAgeMonths: PERIOD_MAX_AGE_MONTHS,
    needsName,
    notApplicable: NOT_APPLICABLE,
  };
}

/** This month and the 24 before it, newest first, as "YYYY-MM" with a Dutch label. */
export function recentMonths(now: Date): { value: string; label: string }[] {
  const months = [];
  for (let back = 0; back <= PERIOD_MAX_AGE_MONTHS; back++) {
    const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
    const value = date.toISOString().slice(0, 7);
    months.push({ value, label: formatMonth(value) });
  }
  return months;
}

interface Checked {
  errors: ReviewFormErrors;
  content?: ReviewContent;
  author?: { firstName: string; lastName: string };
  /** The invitation code as the API takes it, when one was typed. */
  invitationCode?: string;
}

/**
 * Checks the form with the same rules the API applies, so every problem shows at once, and
 * the consent to the code of conduct, which only this form asks for.
 */
export function checkReviewForm(values: ReviewFormValues, context: { sector: Sector; needsName: boolean; now?: Date }): Checked {
  const errors: ReviewFormErrors = {};
  const add = (key: string, message: string) => {
    errors[key] ??= message;
  };

  const parsed = reviewContentSchema.safeParse({
    ratings: Object.fromEntries(THEME_KEYS.map((key) => [key, ratingFromForm(values.ratings[key])])),
    text: values.text,
    relationship: values.relationship || undefined,
    periodFrom: values.periodFrom || undefined,
    periodTo: values.periodTo || undefined,
    displayLabel: values.displayLabel,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) add(errorKey(issue.path.map(String).join('.')), issue.message);
  }
  if (!values.text.trim()) errors.text = 'Schrijf je ervaring in je eigen woorden';
  if (!values.periodFrom) errors.periodFrom = 'Kies de maand waarin je ervaring begon';
  if (!values.periodTo) errors.periodTo = 'Kies de laatste maand van je ervaring';
  if (parsed.success) {
    const { periodFrom, periodTo, relationship } = parsed.data;
    for (const problem of periodProblems(periodFrom, periodTo, context.now ?? new Date())) add(problem.path, problem.message);
    if (!RELATIONSHIPS_BY_SECTOR[context.sector].includes(relationship)) add('relationship', 'Kies een van de mogelijkheden');
  }

  let author: Checked['author'];
  if (context.needsName) {
    const name = reviewAuthorSchema.safeParse({ firstName: values.firstName, lastName: values.lastName });
    if (name.success) author = name.data;
    else for (const issue of name.error.issues) add(errorKey(`author.${issue.path.map(String).join('.')}`), issue.message);
  }

  const invitation = invitationCodeSchema.safeParse(values.invitationCode);
  if (!invitation.success) add('invitationCode', invitation.error.issues[0]?.message ?? 'Deze uitnodigingscode klopt niet');

  if (!values.consent) errors.consent = 'Bevestig dat je waardering de gedragscode volgt';

  if (Object.keys(errors).length > 0 || !parsed.success) return { errors };
  return { errors, content: parsed.data, ...(author ? { author } : {}), ...(invitation.data ? { invitationCode: invitation.data } : {}) };
}

function ratingFromForm(value: string | undefined): number | null | string {
  if (!value || value === NOT_APPLICABLE) return null;
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** The form's name for an API field path: "author.firstName" is "firstName"; what no field shows goes to "form". */
export function errorKey(path: string): string {
  if (path === 'ratings' || /^ratings\.[a-z]+$/.test(path)) return path;
  if (path === 'author.firstName' || path === 'author.lastName') return path.slice('author.'.length);
  if (['text', 'relationship', 'periodFrom', 'periodTo', 'displayLabel', 'invitationCode'].includes(path)) return path;
  return 'form';
}

/** An API refusal as messages next to the fields, and the rest for the top of the form. */
export function errorsFromApi(error: ApiError): ReviewFormErrors {
  const errors: ReviewFormErrors = {};
  const details = Array.isArray(error.details) ? error.details : [];
  for (const detail of details) {
    if (!detail || typeof detail !== 'object') continue;
    const { path, message } = detail as { path?: unknown; message?: unknown };
    if (typeof path !== 'string' || typeof message !== 'string') continue;
    const key = errorKey(path);
    if (key !== 'form') errors[key] ??= message;
  }
  // The API's summary adds nothing when every problem has its field; otherwise it is the message.
  if (Object.keys(errors).length === 0) errors.form = error.message;
  return errors;
}
