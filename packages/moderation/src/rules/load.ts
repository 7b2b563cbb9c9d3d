import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument, isNode } from 'yaml';
import type { z } from 'zod';
import type { Sector } from '@zorgwaardering/core';
import { fold } from '../text/fold';
import { compilePhrase, PhraseSet, type CompiledPhrase } from '../text/phrases';
import {
  languageSchema,
  peopleSchema,
  prescreenSchema,
  publicationSchema,
  reliabilitySchema,
  safetySchema,
  sentimentSchema,
  type SafetyKind,
} from './schema';
import { loadDutchSpeller, type Speller } from './speller';

export const DEFAULT_RULES_DIR = fileURLToPath(new URL('../../../../moderation-rules/', import.meta.url));

export type PrescreenSettings = z.infer<typeof prescreenSchema>;

export interface SafetyCue extends CompiledPhrase {
  kind: SafetyKind;
}

/** Everything the checks use, validated and compiled once. */
export interface Rules {
  /** `<version in prescreen.yaml>#<first 8 hex of a hash over all rule files>`. */
  version: string;
  settings: PrescreenSettings;
  intervalDays: Record<Sector, number>;
  people: {
    /** Role cue (folded words) -> redaction text. */
    staffRoles: { words: string[]; replacement: string }[];
    familyWords: Set<string>;
    facilityWords: Set<string>;
    notNames: Set<string>;
    /** Serious health words weigh 1, mild ones 0.5 (see people.yaml). */
    healthTerms: PhraseSet;
    identifyingRoles: Set<string>;
    birthCues: Set<string>;
    nationalNumberCues: Set<string>;
    plateCues: Set<string>;
    streetSuffixes: string[];
    firstNames: Set<string>;
    ordinaryWordNames: Set<string>;
    surnameParticles: Set<string>;
  };
  safety: {
    cues: PhraseSet;
    exclusions: PhraseSet;
    negators: Set<string>;
    negationCarriers: PhraseSet;
    clauseBreakers: Set<string>;
  };
  reliability: {
    staffVoice: PhraseSet;
    advertising: PhraseSet;
    promotion: PhraseSet;
    implausible: PhraseSet;
    revenge: PhraseSet;
    insults: PhraseSet;
    allowedDomains: string[];
  };
  sentiment: { positive: PhraseSet; negative: PhraseSet; negators: Set<string>; intensifiers: Set<string> };
  language: { dutchFunctionWords: Set<string>; chatWords: Set<string>; extraWords: Set<string> };
  speller: Speller;
  /** Language identification (eld, n-gram based): ISO 639-1 code and whether it is reliable. */
  detectLanguage: (text: string) => { language: string; reliable: boolean };
  /** Milliseconds spent loading, for the benchmark. */
  loadMs: { rules: number; dictionary: number };
}

/** A rules file that cannot be used: names the file and, where known, the line. */
export class RulesError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    detail: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${detail}`);
    this.name = 'RulesError';
  }
}

interface Source {
  file: string;
  text: string;
}

function readSource(dir: string, name: string): Source {
  const file = join(dir, name);
  try {
    return { file, text: readFileSync(file, 'utf8') };
  } catch (error) {
    throw new RulesError(relative(process.cwd(), file) || file, undefined, `kan het bestand niet lezen (${(error as Error).message})`);
  }
}

/** Parses YAML (JSON is YAML too) and validates it, naming file and line of the first problems. */
export function parseRulesFile<S extends z.ZodType>(source: Source, schema: S): z.infer<S> {
  const shown = relative(process.cwd(), source.file) || source.file;
  const lineCounter = new LineCounter();
  const doc = parseDocument(source.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    const line = lineCounter.linePos(error.pos[0]).line;
    throw new RulesError(shown, line, `ongeldige YAML: ${error.message.split('\n')[0]}`);
  }
  const parsed = schema.safeParse(doc.toJS());
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.slice(0, 5).map((issue) => {
    // Walk up the path until a node exists (a missing key points at its parent).
    let line: number | undefined;
    for (let n = issue.path.length; n >= 0 && line === undefined; n--) {
      const node = doc.getIn(issue.path.slice(0, n) as (string | number)[], true);
      if (isNode(node) && node.range) line = lineCounter.linePos(node.range[0]).line;
    }
    return { line, text: `${issue.path.join('.') || '(bestand)'}: ${issue.message}` };
  });
  throw new RulesError(shown, issues[0]!.line, issues.map((i, n) => (n > 0 && i.line ? `regel ${i.line}: ${i.text}` : i.text)).join('; '));
}

const foldAll = (list: Iterable<string>) => new Set([...list].map((w) => fold(w)));
const compileAll = (list: { phrase: string; weight: number }[]) => new PhraseSet(list.map((p) => compilePhrase(p.phrase, p.weight)));

export interface LoadRulesOptions {
  /** The `moderation-rules` folder; defaults to the one at the repository root. */
  dir?: string;
  /** A speller to use instead of loading the Hunspell dictionary (tests). */
  speller?: Speller;
}

/** Reads, validates and compiles `moderation-rules/` and loads the Dutch dictionary. Call once at start. */
export async function loadRules(options: LoadRulesOptions = {}): Promise<Rules> {
  const started = performance.now();
  const dir = options.dir ?? process.env.MODERATION_RULES_DIR ?? DEFAULT_RULES_DIR;
  const names = ['prescreen.yaml', 'publication.json', 'lists/people.yaml', 'lists/safety.yaml', 'lists/reliability.yaml', 'lists/sentiment.yaml', 'lists/language.yaml'];
  const sources = names.map((name) => readSource(dir, name));
  const [prescreenSrc, publicationSrc, peopleSrc, safetySrc, reliabilitySrc, sentimentSrc, languageSrc] = sources as [Source, Source, Source, Source, Source, Source, Source];

  const settings = parseRulesFile(prescreenSrc, prescreenSchema);
  const publication = parseRulesFile(publicationSrc, publicationSchema);
  const people = parseRulesFile(peopleSrc, peopleSchema);
  const safety = parseRulesFile(safetySrc, safetySchema);
  const reliability = parseRulesFile(reliabilitySrc, reliabilitySchema);
  const sentiment = parseRulesFile(sentimentSrc, sentimentSchema);
  const language = parseRulesFile(languageSrc, languageSchema);

  const hash = createHash('sha256');
  for (const s of sources) hash.update(s.text);
  const rulesMs = performance.now() - started;

  const dictionaryStarted = performance.now();
  const extraWords = foldAll(language.extraWords);
  const speller = options.speller ?? (await loadDutchSpeller(language.extraWords));
  const { eld } = await import('eld/extrasmall');
  const detectLanguage = (text: string) => {
    const result = eld.detect(text);
    return { language: result.language || 'unknown', reliable: Boolean(result.language) && result.isReliable() };
  };
  const dictionaryMs = performance.now() - dictionaryStarted;

  return {
    version: `${settings.version}#${hash.digest('hex').slice(0, 8)}`,
    settings,
    intervalDays: publication.resubmissionIntervalDays,
    people: {
      staffRoles: people.staffRoles.map((role) => {
        const cue = typeof role === 'string' ? role : role.cue;
        return { words: fold(cue).split(/\s+/), replacement: typeof role === 'string' ? `de ${cue}` : role.as };
      }),
      familyWords: foldAll(people.familyWords),
      facilityWords: foldAll(people.facilityWords),
      notNames: foldAll(people.notNames),
      healthTerms: new PhraseSet([...people.healthTerms.map((p) => compilePhrase(p, 1)), ...people.mildHealthTerms.map((p) => compilePhrase(p, 0.5))]),
      identifyingRoles: foldAll(people.identifyingRoles),
      birthCues: foldAll(people.birthCues),
      nationalNumberCues: foldAll(people.nationalNumberCues),
      plateCues: foldAll(people.plateCues),
      streetSuffixes: [...foldAll(people.streetSuffixes)],
      firstNames: foldAll(people.firstNames),
      ordinaryWordNames: foldAll(people.ordinaryWordNames),
      surnameParticles: foldAll(people.surnameParticles),
    },
    safety: {
      cues: new PhraseSet(
        (Object.entries(safety.cues) as [SafetyKind, { phrase: string; weight: number }[]][]).flatMap(([kind, list]) =>
          list.map((p): SafetyCue => ({ ...compilePhrase(p.phrase, p.weight), kind })),
        ),
      ),
      exclusions: new PhraseSet(safety.exclusions.map((p) => compilePhrase(p))),
      negators: foldAll(safety.negators),
      negationCarriers: new PhraseSet(safety.negationCarriers.map((p) => compilePhrase(p))),
      clauseBreakers: foldAll(safety.clauseBreakers),
    },
    reliability: {
      staffVoice: compileAll(reliability.staffVoice),
      advertising: compileAll(reliability.advertising),
      promotion: compileAll(reliability.promotion),
      implausible: compileAll(reliability.implausible),
      revenge: compileAll(reliability.revenge),
      insults: compileAll(reliability.insults),
      allowedDomains: reliability.allowedDomains.map((d) => d.toLowerCase()),
    },
    sentiment: {
      positive: compileAll(sentiment.positive),
      negative: compileAll(sentiment.negative),
      negators: foldAll(sentiment.negators),
      intensifiers: foldAll(sentiment.intensifiers),
    },
    language: { dutchFunctionWords: foldAll(language.dutchFunctionWords), chatWords: foldAll(language.chatWords), extraWords },
    speller,
    detectLanguage,
    loadMs: { rules: rulesMs, dictionary: dictionaryMs },
  };
}
