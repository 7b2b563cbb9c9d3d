import { z } from 'zod';
import type { Sector } from './sectors';

/**
 * The 8 themes every review scores, the one source of truth for validation, forms and
 * aggregates. Each theme has a short label and one question per sector.
 */
export const THEME_KEYS = [
  'communicatie',
  'respect',
  'inspraak',
  'veiligheid',
  'begeleiding',
  'welbevinden',
  'omgeving',
  'organisatie',
] as const;
export const themeKeySchema = z.enum(THEME_KEYS);
export type ThemeKey = z.infer<typeof themeKeySchema>;

export interface ThemeDefinition {
  label: string;
  questions: Record<Sector, string>;
}

export const THEMES: Record<ThemeKey, ThemeDefinition> = {
  communicatie: {
    label: 'Communicatie',
    questions: {
      kinderopvang: 'Hoe goed houden ze je op de hoogte van hoe het met je kind gaat?',
      ouderenzorg: 'Hoe goed houden ze jou en de familie op de hoogte van wat er gebeurt?',
      handicap: 'Hoe duidelijk en tijdig krijg je informatie over de ondersteuning?',
      jeugdhulp: 'Hoe goed leggen ze uit wat er gebeurt en waarom?',
    },
  },
  respect: {
    label: 'Respect',
    questions: {
      kinderopvang: 'Hoe respectvol gaan ze om met je kind en met jou?',
      ouderenzorg: 'Hoe respectvol gaan ze om met de bewoner, ook met zijn of haar gewoontes en privacy?',
      handicap: 'Hoe respectvol gaan ze om met jou, je wensen en je privacy?',
      jeugdhulp: 'Hoe respectvol gaan ze om met de jongere en met het gezin?',
    },
  },
  inspraak: {
    label: 'Inspraak',
    questions: {
      kinderopvang: 'Hoeveel houden ze rekening met jouw wensen en afspraken over je kind?',
      ouderenzorg: 'Hoeveel kan de bewoner zelf mee beslissen over zijn of haar dag en zorg?',
      handicap: 'Hoeveel kan je zelf mee beslissen over je ondersteuning?',
      jeugdhulp: 'Hoeveel kan de jongere mee beslissen over de hulp die hij of zij krijgt?',
    },
  },
  veiligheid: {
    label: 'Veiligheid',
    questions: {
      kinderopvang: 'Hoe veilig voelt je kind zich hier, en hoe veilig voel jij je erbij?',
      ouderenzorg: 'Hoe veilig is de bewoner hier, en hoe veilig voelt hij of zij zich?',
      handicap: 'Hoe veilig voel je je hier?',
      jeugdhulp: 'Hoe veilig voelt de jongere zich hier?',
    },
  },
  begeleiding: {
    label: 'Begeleiding',
    questions: {
      kinderopvang: 'Hoe goed zorgen de begeleiders voor je kind en spelen ze in op wat het nodig heeft?',
      ouderenzorg: 'Hoe goed is de zorg en hulp die de bewoner elke dag krijgt?',
      handicap: 'Hoe goed sluit de begeleiding aan bij wat je nodig hebt?',
      jeugdhulp: 'Hoe goed helpen de begeleiders de jongere en het gezin vooruit?',
    },
  },
  welbevinden: {
    label: 'Welbevinden',
    questions: {
      kinderopvang: 'Hoe graag is je kind hier, en hoe goed voelt het zich?',
      ouderenzorg: 'Hoe goed voelt de bewoner zich hier?',
      handicap: 'Hoe goed voel je je hier?',
      jeugdhulp: 'Hoe goed voelt de jongere zich hier?',
    },
  },
  omgeving: {
    label: 'Omgeving',
    questions: {
      kinderopvang: 'Hoe vind je de ruimtes, het speelgoed, de buitenruimte en de netheid?',
      ouderenzorg: 'Hoe vind je de kamers, de gemeenschappelijke ruimtes, de tuin en de netheid?',
      handicap: 'Hoe vind je de gebouwen, de ruimtes en de netheid?',
      jeugdhulp: 'Hoe vind je de plek waar de hulp gebeurt: de ruimtes, de leefgroep, de netheid?',
    },
  },
  organisatie: {
    label: 'Organisatie',
    questions: {
      kinderopvang: 'Hoe goed is alles geregeld: openingsuren, afspraken, facturen, vaste gezichten?',
      ouderenzorg: 'Hoe goed is alles geregeld: bezoek, activiteiten, maaltijden, facturen?',
      handicap: 'Hoe goed is alles geregeld: afspraken, planning, vervoer, facturen?',
      jeugdhulp: 'Hoe goed is alles geregeld: afspraken, planning, wachttijden?',
    },
  },
};

/** The answer scale: 1 to 5, or null for "niet van toepassing / weet ik niet" (left out of averages). */
export const RATING_MIN = 1;
export const RATING_MAX = 5;
export const RATING_LABELS: Record<number, string> = {
  1: 'Heel slecht',
  2: 'Slecht',
  3: 'Gaat wel',
  4: 'Goed',
  5: 'Heel goed',
};
export const NOT_APPLICABLE_LABEL = 'Niet van toepassing / weet ik niet';

/** At least this many themes must have a score in a review. */
export const MIN_RATED_THEMES = 4;

export const ratingSchema = z
  .number({ error: 'Kies een score van 1 tot 5, of "niet van toepassing"' })
  .int('Een score is een geheel getal van 1 tot 5')
  .min(RATING_MIN, 'Een score gaat van 1 tot 5')
  .max(RATING_MAX, 'Een score gaat van 1 tot 5')
  .nullable();

export type Ratings = Record<ThemeKey, number | null>;

/** All 8 themes, each 1-5 or null; unknown keys are refused; at least 4 rated. */
export const ratingsSchema = z
  .strictObject(
    Object.fromEntries(THEME_KEYS.map((key) => [key, ratingSchema.optional()])) as Record<
      ThemeKey,
      z.ZodOptional<typeof ratingSchema>
    >,
    { error: (issue) => (issue.code === 'unrecognized_keys' ? `Onbekend thema: ${issue.keys.join(', ')}` : 'Geef de scores per thema') },
  )
  .transform((value) => Object.fromEntries(THEME_KEYS.map((key) => [key, value[key] ?? null])) as Ratings)
  .refine((ratings) => THEME_KEYS.filter((key) => ratings[key] !== null).length >= MIN_RATED_THEMES, {
    message: `Geef een score voor minstens ${MIN_RATED_THEMES} van de 8 thema's`,
  });

export function themeQuestion(key: ThemeKey, sector: Sector): string {
  return THEMES[key].questions[sector];
}
