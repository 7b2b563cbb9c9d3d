import type { Rules } from '../rules/load';
import type { Redaction, ScreenContext } from '../types';
import type { TextAnalysis, Token } from './analyze';
import { fold } from './fold';

export type NameKind = 'staff' | 'family' | 'known-staff' | 'name';

export interface NameHit {
  kind: NameKind;
  /** The whole evidence: role or family word and the name. */
  start: number;
  end: number;
  /** The name itself. */
  nameStart: number;
  sentence: number;
  redaction: Redaction;
}

const DETERMINERS = new Set(['de', 'het', 'een', 'onze', 'ons', 'mijn', 'die', 'deze', 'dat', 'jullie', 'hun', 'haar', 'zijn', 'uw', 'je', 'jouw', 'lieve', 'vaste', 'nieuwe', 'oude']);
const MAX_SURNAME_TOKENS = 4;

const cache = new WeakMap<TextAnalysis, NameHit[]>();
const roleIndex = new WeakMap<Rules, Map<string, Rules['people']['staffRoles']>>();

/** The staff roles by their last word, so each token is compared with the few roles ending in it. */
function rolesByLastWord(rules: Rules): Map<string, Rules['people']['staffRoles']> {
  let index = roleIndex.get(rules);
  if (!index) {
    index = new Map();
    for (const role of rules.people.staffRoles) {
      const last = role.words.at(-1)!;
      index.set(last, [...(index.get(last) ?? []), role].sort((a, b) => b.words.length - a.words.length));
    }
    roleIndex.set(rules, index);
  }
  return index;
}

/** Person names in the text (shared by the name and the health check; computed once per text). */
export function findNames(a: TextAnalysis, rules: Rules, context: ScreenContext): NameHit[] {
  const cached = cache.get(a);
  if (cached) return cached;
  const hits = computeNames(a, rules, context);
  cache.set(a, hits);
  return hits;
}

function computeNames(a: TextAnalysis, rules: Rules, context: ScreenContext): NameHit[] {
  const P = rules.people;
  const tokens = a.tokens;
  const hits: NameHit[] = [];
  const used = new Uint8Array(tokens.length);
  const shouting = a.words.length >= 4 && a.words.filter((t) => t.allCaps).length / a.words.length > 0.5;

  const roleWords = rolesByLastWord(rules);
  const excluded = facilityNameTokens(a, context.facilityName);

  const adjacent = (left: Token, right: Token, allowComma: boolean): boolean => {
    if (left.sentence !== right.sentence) return false;
    const between = a.text.slice(left.end, right.start);
    return /^[ \t]{1,3}$/.test(between) || (allowComma && /^,[ \t]{1,2}$/.test(between));
  };

  const listed = (t: Token) => P.firstNames.has(t.norm);
  const ordinary = (t: Token) => P.ordinaryWordNames.has(t.norm) || rules.speller(t.raw.toLowerCase());

  const nameLike = (i: number, afterCue: boolean): boolean => {
    const t = tokens[i];
    if (!t || used[i] || excluded.has(i) || !t.hasLetter || t.hasDigit || t.inLink) return false;
    if (P.notNames.has(t.norm) || P.familyWords.has(t.norm) || roleWords.has(t.norm) || P.facilityWords.has(t.norm)) return false;
    // In capitals a capital says nothing: only listed names that are no ordinary words count.
    if (t.allCaps || shouting) return listed(t) && !ordinary(t);
    if (afterCue) return t.capitalised || (listed(t) && !ordinary(t));
    return t.capitalised && listed(t) && !ordinary(t);
  };

  /** Index of the last token of the name starting at `i`, taking surnames with particles along. */
  const nameEnd = (i: number): number => {
    let end = i;
    let k = i + 1;
    while (k < tokens.length && k - i <= MAX_SURNAME_TOKENS && adjacent(tokens[k - 1]!, tokens[k]!, false)) {
      const t = tokens[k]!;
      if (P.surnameParticles.has(t.norm)) {
        k++;
        continue;
      }
      if (t.capitalised && t.hasLetter && !t.hasDigit && !P.notNames.has(t.norm) && !t.allCaps) {
        end = k;
        k++;
        continue;
      }
      break;
    }
    return end;
  };

  const hasSurname = (i: number) => nameEnd(i) > i;

  const take = (from: number, to: number) => {
    for (let k = from; k <= to; k++) used[k] = 1;
  };

  const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

  // 1. After a role word: "juf Ilse", "begeleider Jonas", "mevrouw Peeters", "de directeur, Marc Claeys".
  for (let i = 1; i < tokens.length; i++) {
    for (const role of roleWords.get(tokens[i - 1]!.norm) ?? []) {
      const n = role.words.length;
      const first = i - n;
      if (first < 0) continue;
      let match = true;
      for (let k = 0; k < n; k++) if (tokens[first + k]!.norm !== role.words[k]) match = false;
      if (!match) continue;
      const roleFirst = tokens[first]!;
      const roleLast = tokens[i - 1]!;
      const candidate = tokens[i]!;
      const commaName = listed(candidate) || hasSurname(i);
      if (!adjacent(roleLast, candidate, commaName) || !nameLike(i, true)) continue;
      const end = nameEnd(i);
      const last = tokens[end]!;
      const viaComma = a.text.slice(roleLast.end, candidate.start).includes(',');
      let redaction: Redaction;
      if (viaComma) {
        // "De directeur, Marc Claeys, parkeert" -> "De directeur parkeert": the closing comma goes too.
        const closing = /^,/.test(a.text.slice(last.end)) ? 1 : 0;
        redaction = { start: roleLast.end, end: last.end + closing, replacement: '' };
      } else {
        const before = tokens[first - 1];
        const determined = before !== undefined && DETERMINERS.has(before.norm) && adjacent(before, roleFirst, false);
        let replacement = determined ? role.replacement.replace(/^(de|het|een) /, '') : role.replacement;
        if (roleFirst.sentenceStart || roleFirst.capitalised) replacement = capitalise(replacement);
        redaction = { start: roleFirst.start, end: last.end, replacement };
      }
      hits.push({ kind: 'staff', start: roleFirst.start, end: last.end, nameStart: candidate.start, sentence: candidate.sentence, redaction });
      take(first, end);
      break;
    }
  }

  // 2. After a family word: "onze dochter Lotte", "zoon Wout".
  for (let i = 1; i < tokens.length; i++) {
    const cue = tokens[i - 1]!;
    if (used[i] || !P.familyWords.has(cue.norm)) continue;
    const candidate = tokens[i]!;
    if (!adjacent(cue, candidate, listed(candidate)) || !nameLike(i, true)) continue;
    const end = nameEnd(i);
    const last = tokens[end]!;
    hits.push({
      kind: 'family',
      start: cue.start,
      end: last.end,
      nameStart: candidate.start,
      sentence: candidate.sentence,
      redaction: { start: cue.start, end: last.end, replacement: cue.raw },
    });
    take(i - 1, end);
  }

  // 3. Names the facility gave for its staff.
  for (const staffName of context.staffNames ?? []) {
    const parts = fold(staffName).split(/[^\p{L}\p{N}'-]+/u).filter((p) => p.length >= 3);
    if (parts.length === 0) continue;
    for (let i = 0; i < tokens.length; i++) {
      if (used[i] || !tokens[i]!.hasLetter) continue;
      const full = parts.every((p, k) => tokens[i + k]?.norm === p);
      const single = !full && tokens[i]!.capitalised && parts.includes(tokens[i]!.norm);
      if (!full && !single) continue;
      const end = full ? i + parts.length - 1 : i;
      hits.push({
        kind: 'known-staff',
        start: tokens[i]!.start,
        end: tokens[end]!.end,
        nameStart: tokens[i]!.start,
        sentence: tokens[i]!.sentence,
        redaction: { start: tokens[i]!.start, end: tokens[end]!.end, replacement: 'een medewerker' },
      });
      take(i, end);
    }
  }

  // 4. First names from the list, and first name + surname ("An Peeters", "Frank Janssens").
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (used[i] || !t.capitalised || !listed(t)) continue;
    const withSurname = hasSurname(i) && !t.allCaps && !excluded.has(i);
    const previous = tokens[i - 1];
    if (previous && P.facilityWords.has(previous.norm) && adjacent(previous, t, false)) continue;
    if (!withSurname && !nameLike(i, false)) continue;
    const end = nameEnd(i);
    hits.push({
      kind: 'name',
      start: t.start,
      end: tokens[end]!.end,
      nameStart: t.start,
      sentence: t.sentence,
      redaction: { start: t.start, end: tokens[end]!.end, replacement: '[naam]' },
    });
    take(i, end);
  }

  return hits.sort((x, y) => x.start - y.start);
}

/** Token indices covered by the facility's own name (or by a name right after a facility word). */
function facilityNameTokens(a: TextAnalysis, facilityName: string | undefined): Set<number> {
  const out = new Set<number>();
  if (!facilityName) return out;
  const parts = fold(facilityName).split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);
  if (parts.length === 0) return out;
  for (let i = 0; i < a.tokens.length; i++) {
    let k = 0;
    while (k < parts.length && a.tokens[i + k]?.norm === parts[k]) k++;
    if (k === parts.length) for (let j = 0; j < k; j++) out.add(i + j);
  }
  return out;
}
