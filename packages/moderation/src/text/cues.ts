import type { TextAnalysis, Token } from './analyze';
import { matchPhrases, type CompiledPhrase, type PhraseMatch, type PhraseSet } from './phrases';

export interface NegationRules {
  negators: Set<string>;
  clauseBreakers?: Set<string>;
  /** Phrases that negate the rest of their sentence ("ik heb nooit gezien dat ..."). */
  carriers?: PhraseSet;
  /** Phrases that cancel any cue they overlap ("alarm geslagen"). */
  exclusions?: PhraseSet;
  /** How many words before the cue are searched. */
  window: number;
}

/** Index of the first token that starts at or after `offset`. */
export function tokenIndexAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const CLAUSE_PUNCTUATION = /[,;:()\[\]"“”]/;

/**
 * Is the cue at `match` negated? Looks back over at most `window` words of the same clause for a
 * negation word, unless the cue itself already holds one ("niet verschoond" is the allegation).
 */
export function isNegated(a: TextAnalysis, match: { start: number; end: number }, rules: NegationRules, carriers: PhraseMatch[] = []): boolean {
  const first = tokenIndexAt(a.tokens, match.start);
  for (let i = first; i < a.tokens.length && a.tokens[i]!.start < match.end; i++) {
    if (rules.negators.has(a.tokens[i]!.norm)) return false;
  }
  const sentence = a.tokens[first]?.sentence ?? -1;
  let previousStart = match.start;
  for (let i = first - 1, seen = 0; i >= 0 && seen < rules.window; i--, seen++) {
    const t = a.tokens[i]!;
    if (t.sentence !== sentence) break;
    if (CLAUSE_PUNCTUATION.test(a.text.slice(t.end, previousStart))) break;
    if (rules.negators.has(t.norm)) return true;
    if (rules.clauseBreakers?.has(t.norm)) break;
    previousStart = t.start;
  }
  for (const c of carriers) {
    if (c.end > match.start) continue;
    const carrierSentence = a.tokens[tokenIndexAt(a.tokens, c.start)]?.sentence;
    if (carrierSentence === sentence) return true;
  }
  return false;
}

export interface CueHit {
  phrase: CompiledPhrase;
  start: number;
  end: number;
}

/**
 * The cues found in the text that are not negated or excluded. Overlapping cues count once, with
 * the highest weight, so that two list entries for the same words do not add up.
 */
export function findCues(a: TextAnalysis, phrases: PhraseSet, negation?: NegationRules): CueHit[] {
  const matches = matchPhrases(phrases, a);
  if (matches.length === 0) return [];
  const exclusions = negation?.exclusions ? matchPhrases(negation.exclusions, a) : [];
  const carriers = negation?.carriers ? matchPhrases(negation.carriers, a) : [];
  const kept = matches.filter(
    (m) => !exclusions.some((x) => x.start < m.end && m.start < x.end) && !(negation && isNegated(a, m, negation, carriers)),
  );
  const merged: CueHit[] = [];
  for (const m of kept) {
    const last = merged.at(-1);
    if (last && m.start < last.end) {
      if (m.phrase.weight > last.phrase.weight) merged[merged.length - 1] = { phrase: m.phrase, start: Math.min(m.start, last.start), end: Math.max(m.end, last.end) };
      else last.end = Math.max(last.end, m.end);
      continue;
    }
    merged.push({ phrase: m.phrase, start: m.start, end: m.end });
  }
  return merged;
}
