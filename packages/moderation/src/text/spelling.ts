import type { Rules } from '../rules/load';
import type { TextAnalysis, Token } from './analyze';

export interface SpellingResult {
  /** Words judged (proper nouns, acronyms, numbers and links are left out). */
  judged: number;
  unknown: Token[];
  chat: Token[];
}

const PLAIN_WORD = /^[\p{L}'’\-]+$/u;
const cache = new WeakMap<TextAnalysis, SpellingResult>();

/** Words the Dutch dictionary does not know, and chat abbreviations. */
export function spellingOf(a: TextAnalysis, rules: Rules): SpellingResult {
  const cached = cache.get(a);
  if (cached) return cached;
  const unknown: Token[] = [];
  const chat: Token[] = [];
  let judged = 0;
  for (const t of a.words) {
    if (t.inLink || t.hasDigit || !PLAIN_WORD.test(t.raw)) continue;
    if (rules.language.chatWords.has(t.norm)) {
      judged++;
      chat.push(t);
      continue;
    }
    // Capitalised words inside a sentence are names and places; all-capital words acronyms.
    if ((t.capitalised && !t.sentenceStart) || (t.allCaps && t.raw.length <= 5) || rules.people.firstNames.has(t.norm)) continue;
    judged++;
    const word = t.raw.replace(/’/g, "'");
    if (!rules.speller(word) && !rules.speller(word.toLowerCase())) unknown.push(t);
  }
  const result = { judged, unknown, chat };
  cache.set(a, result);
  return result;
}
