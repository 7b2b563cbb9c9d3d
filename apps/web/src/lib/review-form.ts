import type { SummaryError } from './components/ErrorSummary.svelte';
import type { RatingScale } from './types';

/** What the review form holds, as typed: kept as strings so a refused form comes back unchanged. */
export interface ReviewFormValues {
  /** Per theme key: "1" to "5", "nvt", or "" when not answered. */
  ratings: Record<string, string>;
  text: string;
  relationship: string;
  /** "YYYY-MM". */
  periodFrom: string;
  periodTo: string;
  displayLabel: string;
  firstName: string;
  lastName: string;
  consent: boolean;
  /** Sent as the Idempotency-Key: a form sent twice makes one review. */
  formToken: string;
  /** When editing: the version of the review the form was filled from. */
  version: string;
  /** A code the facility handed out, as typed (new reviews only). */
  invitationCode: string;
}

/** Messages by field ("ratings", "ratings.veiligheid", "text", "firstName", "consent"...) and "form". */
export type ReviewFormErrors = Record<string, string>;

/** What the form needs to know about the facility's sector and the rules. */
export interface ReviewFormSetup {
  themes: { key: string; label: string; question: string }[];
  scale: RatingScale;
  relationships: { value: string; label: string }[];
  months: { value: string; label: string }[];
  text: { min: number; max: number };
  periodMaxAgeMonths: number;
  needsName: boolean;
  notApplicable: string;
}

/** The order of the fields on the page, for the error summary. */
const FIELD_ORDER = ['ratings', 'text', 'periodFrom', 'periodTo', 'relationship', 'invitationCode', 'firstName', 'lastName', 'displayLabel', 'consent'];

/** The element an error links to: the field itself, or the first choice of a group. */
export function errorTarget(key: string, setup: ReviewFormSetup): string | undefined {
  if (key === 'form') return undefined;
  if (key === 'ratings') return setup.themes[0] ? ratingInputId(setup.themes[0].key, setup.scale.choices[0]?.value ?? 1) : undefined;
  if (key.startsWith('ratings.')) return ratingInputId(key.slice('ratings.'.length), setup.scale.choices[0]?.value ?? 1);
  if (key === 'relationship') return setup.relationships[0] ? `relationship-${setup.relationships[0].value}` : undefined;
  return key;
}

export function ratingInputId(theme: string, value: number | string): string {
  return `rating-${theme}-${value}`;
}

export function summaryOf(errors: ReviewFormErrors, setup: ReviewFormSetup): SummaryError[] {
  const rank = (key: string) => {
    if (key.startsWith('ratings.')) return (1 + setup.themes.findIndex((t) => `ratings.${t.key}` === key)) / 100;
    const index = FIELD_ORDER.indexOf(key);
    return index === -1 ? -1 : index;
  };
  return Object.keys(errors)
    .filter((key) => key !== 'form')
    .sort((a, b) => rank(a) - rank(b))
    .map((key) => ({ message: errors[key] ?? '', field: errorTarget(key, setup) }));
}
