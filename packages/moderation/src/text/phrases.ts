import { fold } from './fold';

/**
 * The small phrase language of the word lists in `moderation-rules/`, so that the lists stay
 * readable for editors while one entry still covers the usual inflections:
 *
 * - words are matched whole, case- and accent-insensitive, with any whitespace between them;
 * - `word*` matches any word starting with `word` (`geslagen*`, `klap*`);
 * - `(a|b|c)` matches one of the alternatives (each may hold several words);
 * - `[word]` is an optional word;
 * - `~` skips up to 4 words inside the sentence, `~2` up to 2;
 * - an entry starting with `re:` is a raw regular expression over the folded text.
 */
/**
 * Word characters of a folded text, spelled out: folded text has no capitals and no accented Latin
 * letters, and a class of ranges costs V8 a hundredth of what \p{L} costs to compile, which with
 * some 400 phrases is most of the time it takes to load the rules.
 */
const WORD = 'a-z0-9\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u1fff\\u2c00-\\u2dff\\u2e80-\\u2fff\\u3040-\\ud7ff\\uf900-\\ufdff\\ufe70-\\ufefe';

export function phraseSource(phrase: string): string {
  if (phrase.startsWith('re:')) return phrase.slice(3);
  const parts = tokenizePhrase(fold(phrase.trim()));
  let out = `(?<![${WORD}])`;
  let started = false;
  let gap = -1;
  for (const part of parts) {
    const gapMatch = /^~(\d*)$/.exec(part);
    if (gapMatch) {
      gap = gapMatch[1] ? Number(gapMatch[1]) : 4;
      continue;
    }
    const optional = part.startsWith('[') && part.endsWith(']');
    const word = wordSource(optional ? part.slice(1, -1) : part);
    const skip = started && gap > 0 ? `(?:[^\\s.!?;:]{1,40}\\s+){0,${gap}}?` : '';
    gap = -1;
    if (optional) out += started ? `(?:\\s+${skip}${word})?` : `(?:${word}\\s+)?`;
    else {
      out += started ? `\\s+${skip}${word}` : word;
      started = true;
    }
  }
  return out + (parts.at(-1)?.endsWith('*') ? '' : `(?![${WORD}])`);
}

function tokenizePhrase(phrase: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of phrase) {
    if (ch === '(' || ch === '[') depth++;
    if (ch === ')' || ch === ']') depth = Math.max(0, depth - 1);
    if (/\s/.test(ch) && depth === 0) {
      if (current) parts.push(current);
      current = '';
    } else current += ch;
  }
  if (current) parts.push(current);
  return parts;
}

function wordSource(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    if (ch === '*') out += `[${WORD}'\\-]*`;
    else if (ch === '(') out += '(?:';
    else if (ch === ')' || ch === '|') out += ch;
    else if (/\s/.test(ch)) out += '\\s+';
    else if (ch === "'") out += "['’]";
    else out += ch.replace(/[.+?^${}\\/]/g, '\\$&');
  }
  return out;
}

export interface CompiledPhrase {
  phrase: string;
  weight: number;
  /** The pattern: global for phrases found by scanning, sticky for phrases tried at anchor words. */
  re: RegExp;
  /** Literal beginnings of the first word, one of which every match starts with; null when unknown. */
  firstAnchors: string[] | null;
  /** Otherwise: literal beginnings of another required word; the full scan runs only when one occurs. */
  anchors: string[] | null;
  /** For each required word, its literal beginnings: all must occur in a text for a match. */
  required: string[][];
}

export function compilePhrase(phrase: string, weight = 1): CompiledPhrase {
  const source = phraseSource(phrase);
  const raw = phrase.startsWith('re:');
  const parts = raw ? [] : tokenizePhrase(fold(phrase.trim()));
  const first = parts[0];
  const firstAnchors = first && !first.startsWith('[') && !first.startsWith('~') ? partAnchors(first, 2) : null;
  return {
    phrase,
    weight,
    // One regular expression per phrase: compiling Unicode classes is the main cost of loading the rules.
    re: new RegExp(source, firstAnchors ? 'uy' : 'gu'),
    firstAnchors,
    anchors: firstAnchors ? null : bestAnchors(parts),
    required: parts
      .filter((part) => !part.startsWith('[') && !part.startsWith('~'))
      .map((part) => partAnchors(part, 1))
      .filter((anchors): anchors is string[] => anchors !== null),
  };
}

/** The anchors of the most selective required word (shortest alternative longest), at least 3 letters. */
function bestAnchors(parts: string[]): string[] | null {
  let best: string[] | null = null;
  let bestLength = 2;
  for (const part of parts) {
    if (part.startsWith('[') || part.startsWith('~')) continue;
    const anchors = partAnchors(part, 3);
    const shortest = anchors ? Math.min(...anchors.map((a) => a.length)) : 0;
    if (anchors && shortest > bestLength) {
      best = anchors;
      bestLength = shortest;
    }
  }
  return best;
}

/** The literal beginnings of the alternatives of one phrase word, cut where letters and digits end. */
function partAnchors(part: string, minLength: number): string[] | null {
  let alternatives = [part];
  const group = /^\((.*)\)\*?$/.exec(part);
  if (group) {
    alternatives = [];
    let depth = 0;
    let current = '';
    for (const ch of group[1]!) {
      if (ch === '(') depth++;
      if (ch === ')') depth--;
      if (ch === '|' && depth === 0) {
        alternatives.push(current);
        current = '';
      } else current += ch;
    }
    alternatives.push(current);
  }
  const anchors: string[] = [];
  for (const alt of alternatives) {
    const literal = /^[\p{L}\p{N}]*/u.exec(alt)![0];
    if (literal.length < minLength) return null;
    anchors.push(literal);
  }
  return anchors;
}

export interface PhraseMatch {
  phrase: CompiledPhrase;
  start: number;
  end: number;
}

/** A text as the matcher needs it: folded, and its distinct words with where they start. */
export interface MatchableText {
  folded: string;
  /** Distinct runs of letters and digits, with their first two and three letters and their offsets. */
  distinct: { word: string; key2: string; key3: string; starts: number[] }[];
  /** The distinct words, sorted, to ask whether any word begins with a given literal. */
  sortedWords: string[];
}

export function matchableText(folded: string): MatchableText {
  const byWord = new Map<string, number[]>();
  for (const m of folded.matchAll(/[\p{L}\p{N}]+/gu)) {
    const starts = byWord.get(m[0]);
    if (starts) starts.push(m.index);
    else byWord.set(m[0], [m.index]);
  }
  const distinct = [...byWord].map(([word, starts]) => ({ word, key2: word.slice(0, 2), key3: word.slice(0, 3), starts }));
  return { folded, distinct, sortedWords: [...byWord.keys()].sort() };
}

function hasWordStartingWith(sorted: readonly string[], prefix: string): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]!.startsWith(prefix);
}

interface AnchorEntry {
  anchor: string;
  phrase: number;
  first: boolean;
}

/**
 * A word list compiled for matching. Most phrases cannot occur in a given text. One pass over the
 * text's words, through an index from two-letter beginnings to anchors, finds the phrases worth
 * trying and where: a phrase whose first word is known is only tried (anchored) at the words that
 * begin with it; other phrases are scanned for when one of their anchors occurs.
 */
export class PhraseSet {
  readonly phrases: readonly CompiledPhrase[];
  /** Anchors of three letters or more by their first three; two-letter anchors by themselves. */
  private readonly byKey3 = new Map<string, AnchorEntry[]>();
  private readonly byKey2 = new Map<string, AnchorEntry[]>();
  private readonly always: number[] = [];

  constructor(phrases: readonly CompiledPhrase[]) {
    this.phrases = phrases;
    phrases.forEach((phrase, index) => {
      const first = phrase.firstAnchors !== null;
      const anchors = phrase.firstAnchors ?? phrase.anchors;
      if (!anchors) {
        this.always.push(index);
        return;
      }
      for (const anchor of new Set(anchors)) {
        const map = anchor.length >= 3 ? this.byKey3 : this.byKey2;
        const key = anchor.slice(0, 3);
        const list = map.get(key);
        const entry = { anchor, phrase: index, first };
        if (list) list.push(entry);
        else map.set(key, [entry]);
      }
    });
  }

  /** All matches in the text, in text order (longest first at the same start). */
  match(text: MatchableText): PhraseMatch[] {
    const scan = new Set<number>(this.always);
    const at = new Map<number, number[]>();
    const { folded } = text;
    const take = (entry: AnchorEntry, word: string, starts: number[]) => {
      if (!word.startsWith(entry.anchor)) return;
      if (!entry.first) scan.add(entry.phrase);
      else {
        const known = at.get(entry.phrase);
        if (known) known.push(...starts);
        else at.set(entry.phrase, [...starts]);
      }
    };
    for (const { word, key2, key3, starts } of text.distinct) {
      const long = this.byKey3.get(key3);
      if (long) for (const entry of long) take(entry, word, starts);
      const short = this.byKey2.get(key2);
      if (short) for (const entry of short) take(entry, word, starts);
    }
    const out: PhraseMatch[] = [];
    const present = new Map<string, boolean>();
    const occurs = (prefix: string) => {
      let known = present.get(prefix);
      if (known === undefined) present.set(prefix, (known = hasWordStartingWith(text.sortedWords, prefix)));
      return known;
    };
    const possible = (phrase: CompiledPhrase) => phrase.required.every((alternatives) => alternatives.some(occurs));
    for (const index of scan) {
      const phrase = this.phrases[index]!;
      if (!possible(phrase)) continue;
      phrase.re.lastIndex = 0;
      for (let m = phrase.re.exec(folded); m; m = phrase.re.exec(folded)) {
        if (m[0].length === 0) {
          phrase.re.lastIndex++;
          continue;
        }
        out.push({ phrase, start: m.index, end: m.index + m[0].length });
      }
    }
    for (const [index, starts] of at) {
      const phrase = this.phrases[index]!;
      if (!possible(phrase)) continue;
      for (const start of new Set(starts)) {
        phrase.re.lastIndex = start;
        const m = phrase.re.exec(folded);
        if (m && m[0].length > 0) out.push({ phrase, start, end: start + m[0].length });
      }
    }
    return out.sort((a, b) => a.start - b.start || b.end - a.end);
  }
}

/** All matches of the phrases in a text. */
export function matchPhrases(set: PhraseSet, text: MatchableText | string): PhraseMatch[] {
  return set.match(typeof text === 'string' ? matchableText(text) : text);
}
