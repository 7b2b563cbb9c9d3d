import { fold } from './fold';
import { matchableText, type MatchableText } from './phrases';
import type { Span } from '../types';

export interface Token extends Span {
  /** As written. */
  raw: string;
  /** Lower case without accents. */
  norm: string;
  /** Index of the sentence it belongs to. */
  sentence: number;
  /** First word of its sentence (after an opening quote or bracket). */
  sentenceStart: boolean;
  hasLetter: boolean;
  hasDigit: boolean;
  /** Starts with a capital letter. */
  capitalised: boolean;
  /** Two or more letters, all capitals. */
  allCaps: boolean;
  /** Part of a link or an e-mail address. */
  inLink: boolean;
}

export interface TextAnalysis {
  text: string;
  folded: string;
  tokens: Token[];
  /** The distinct words of the folded text and their offsets (for the phrase matcher). */
  distinct: MatchableText['distinct'];
  sortedWords: string[];
  /** Tokens with at least one letter. */
  words: Token[];
  sentences: Span[];
  /** Tokens per sentence. */
  bySentence: Token[][];
  links: Span[];
  emails: Span[];
}

const TOKEN = /[\p{L}\p{N}\p{M}]+(?:['’\-.][\p{L}\p{N}\p{M}]+)*/gu;
const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;
const UPPER = /^\p{Lu}/u;
const ALL_CAPS = /^[\p{Lu}\p{N}'’\-.]+$/u;

// Bounded quantifiers keep these linear on hostile input.
const EMAIL = /[\p{L}\p{N}._%+\-]{1,64}(?:@|\s?\[at\]\s?|\s?\(at\)\s?)[\p{L}\p{N}\-]{1,63}(?:\.[\p{L}\p{N}\-]{1,63}){0,4}\.[a-z]{2,12}(?![\p{L}\p{N}])/giu;
const LINK =
  /(?:https?:\/\/|www\.)[^\s<>"]{1,300}|(?<![\p{L}\p{N}@.\-])[a-z0-9][a-z0-9\-]{0,62}(?:\.[a-z0-9\-]{1,63}){0,3}\.(?:be|nl|com|eu|org|net|info|shop|store|io|fr|de|vlaanderen|brussels|gent|site|online)(?:\/[^\s<>"]{0,200})?(?![\p{L}\p{N}\-])/giu;

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(['bv', 'bijv', 'dr', 'nr', 'mevr', 'mr', 'dhr', 'st', 'o.a', 'a.d.h.v', 'i.p.v', 'm.a.w', 'enz', 'ca', 'vb', 'z.g.a.n', 'p', 'blz', 'incl', 'excl', 'tel', 'gsm']);

function findAll(re: RegExp, text: string): Span[] {
  const spans: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let end = m.index + m[0].length;
    // A link at the end of a sentence keeps its full stop out of the link.
    while (end > m.index && /[.,;:!?)\]]/.test(text[end - 1]!)) end--;
    spans.push({ start: m.index, end });
  }
  return spans;
}

function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const re = /[.!?…]+["'’”)]*(?=\s|$)|\n\s*\n?|[.!?]{2,}/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0] === '.') {
      const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, m.index - 12), m.index));
      const word = before?.[1]?.toLowerCase();
      if (word && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word))) continue;
      // "om 19.30 uur", "3.5" are not sentence ends; a digit before and after the dot.
      if (/\d/.test(text.charAt(m.index - 1)) && /\d/.test(text.charAt(end))) continue;
    }
    if (text.slice(start, end).trim()) spans.push({ start, end });
    start = end;
  }
  if (text.slice(start).trim()) spans.push({ start, end: text.length });
  return spans;
}

/** Marks which of the sorted tokens fall in one of the sorted spans, in one pass. */
function markInside(tokens: Span[], spans: Span[]): boolean[] {
  const inside = new Array<boolean>(tokens.length).fill(false);
  let j = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (j < spans.length && spans[j]!.end <= t.start) j++;
    if (j < spans.length && spans[j]!.start < t.end) inside[i] = true;
  }
  return inside;
}

function withoutOverlap(spans: Span[], taken: Span[]): Span[] {
  const inside = markInside(spans, taken);
  return spans.filter((_, i) => !inside[i]);
}

export function analyze(text: string): TextAnalysis {
  const folded = fold(text);
  const emails = findAll(EMAIL, text);
  const links = withoutOverlap(findAll(LINK, text), emails);
  const linkish = [...links, ...emails].sort((x, y) => x.start - y.start);
  const sentences = sentenceSpans(text);
  const tokens: Token[] = [];
  let sentence = 0;
  let lastSentence = -1;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    while (sentence < sentences.length - 1 && sentences[sentence]!.end <= start) sentence++;
    const hasLetter = LETTER.test(raw);
    const tok: Token = {
      start,
      end,
      raw,
      norm: folded.slice(start, end),
      sentence,
      sentenceStart: sentence !== lastSentence,
      hasLetter,
      hasDigit: DIGIT.test(raw),
      capitalised: UPPER.test(raw),
      allCaps: hasLetter && raw.length >= 2 && ALL_CAPS.test(raw),
      inLink: false,
    };
    lastSentence = sentence;
    tokens.push(tok);
  }
  const inLink = markInside(tokens, linkish);
  const bySentence: Token[][] = sentences.map(() => []);
  tokens.forEach((t, i) => {
    t.inLink = inLink[i]!;
    bySentence[t.sentence]?.push(t);
  });
  const { distinct, sortedWords } = matchableText(folded);
  return { text, folded, tokens, distinct, sortedWords, words: tokens.filter((t) => t.hasLetter), sentences, bySentence, links, emails };
}
