import { z } from 'zod';
import { SECTORS, type Sector } from '@zorgwaardering/core';
import { phraseSource } from '../text/phrases';

const ratio = z.number().min(0).max(1);
const positiveInt = z.number().int().min(1);

/** A phrase in the syntax of `text/phrases.ts`; it must compile. */
export const phraseSchema = z
  .string()
  .min(1)
  .superRefine((phrase, ctx) => {
    if (!phrase.startsWith('re:') && /[?+{}\\^$]/.test(phrase)) {
      ctx.addIssue({ code: 'custom', message: `"${phrase}": gebruik [woord] voor een optioneel woord; ? + {} \\ ^ $ kunnen enkel in een re:-patroon` });
      return;
    }
    try {
      // Parsing checks the syntax; V8 compiles the expression only when it first runs.
      new RegExp(phraseSource(phrase), 'u');
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: `"${phrase}" is geen geldig patroon: ${(error as Error).message}` });
    }
  });

const weightedPhrase = z.strictObject({ phrase: phraseSchema, weight: z.number().min(0).max(5).default(1) });
const weightedList = z.array(weightedPhrase);
const words = z.array(z.string().min(1));
/** A list given either as a YAML list or as one space-separated block of words. */
const wordBlock = z.union([words, z.string().transform((s) => s.split(/\s+/).filter(Boolean))]);

export const prescreenSchema = z.strictObject({
  version: z.string().min(1),
  readability: z.strictObject({
    minWords: positiveInt,
    languageMinWords: positiveInt,
    capitalsRatio: ratio,
    capitalsMinLetters: positiveInt,
    repeatedLetterRun: z.number().int().min(3),
    repeatedPunctuationRun: z.number().int().min(2),
    spellingErrorRatio: ratio,
    spellingMinErrors: positiveInt,
    gibberishRatio: ratio,
  }),
  reliability: z.strictObject({
    nearDuplicate: z.strictObject({ similarity: ratio, minWords: positiveInt }),
    burst: z.strictObject({ windowHours: z.number().positive(), count: z.number().int().min(2) }),
    sharedNetwork: z.strictObject({ windowDays: z.number().positive() }),
    cueThreshold: z.number().positive(),
    ratingContradiction: z.strictObject({
      highRating: z.number().min(1).max(5),
      lowRating: z.number().min(1).max(5),
      minSentiment: z.number().positive(),
    }),
  }),
  safety: z.strictObject({ cueThreshold: z.number().positive(), negationWindow: z.number().int().min(1).max(20) }),
  risk: z.strictObject({ info: z.number().min(0).max(100), warning: z.number().min(0).max(100), high: z.number().min(0).max(100) }),
  reportingChannels: z.strictObject(
    Object.fromEntries(SECTORS.map((s) => [s, z.string().min(10)])) as Record<Sector, z.ZodString>,
  ),
});

export const publicationSchema = z.looseObject({
  version: z.string().min(1),
  resubmissionIntervalDays: z.strictObject(
    Object.fromEntries(SECTORS.map((s) => [s, z.number().int().min(0).max(3650)])) as Record<Sector, z.ZodNumber>,
  ),
});

export const peopleSchema = z.strictObject({
  staffRoles: z.array(z.union([z.string().min(1), z.strictObject({ cue: z.string().min(1), as: z.string().min(1) })])),
  familyWords: words,
  facilityWords: words,
  notNames: words,
  healthTerms: z.array(phraseSchema),
  mildHealthTerms: z.array(phraseSchema),
  identifyingRoles: words,
  birthCues: words,
  nationalNumberCues: words,
  plateCues: words,
  streetSuffixes: words,
  firstNames: wordBlock,
  ordinaryWordNames: wordBlock,
  surnameParticles: words,
});

const safetyKinds = ['violence', 'restraint', 'forceFeeding', 'neglect', 'intoxication', 'sexual', 'psychological', 'danger'] as const;
export type SafetyKind = (typeof safetyKinds)[number];

export const safetySchema = z.strictObject({
  cues: z.strictObject(Object.fromEntries(safetyKinds.map((k) => [k, weightedList])) as Record<SafetyKind, typeof weightedList>),
  exclusions: z.array(phraseSchema),
  negators: words,
  negationCarriers: z.array(phraseSchema),
  clauseBreakers: words,
});

export const reliabilitySchema = z.strictObject({
  staffVoice: weightedList,
  advertising: weightedList,
  promotion: weightedList,
  implausible: weightedList,
  revenge: weightedList,
  insults: weightedList,
  allowedDomains: words,
});

export const sentimentSchema = z.strictObject({
  positive: weightedList,
  negative: weightedList,
  negators: words,
  intensifiers: words,
});

export const languageSchema = z.strictObject({
  dutchFunctionWords: words,
  chatWords: words,
  extraWords: words,
});
