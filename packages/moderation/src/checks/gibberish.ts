import type { Check } from '../check';
import { spellingOf } from '../text/spelling';

const VOWELS = /[aeiouyàáâäèéêëìíîïòóôöùúûü]/i;
const CONSONANT_RUN = /[bcdfghjklmnpqrstvwxz]{5,}/i;

/** Gibberish: mostly letter strings that are no words in any language ("sdfjk lkqwe"). */
export const gibberishCheck: Check = {
  name: 'gibberish',
  category: 'readability',
  run({ text, rules, earlier }) {
    if (earlier.some((f) => f.code === 'not-dutch')) return [];
    const spelling = spellingOf(text, rules);
    if (spelling.judged < 3) return [];
    const ratio = spelling.unknown.length / spelling.judged;
    const odd = spelling.unknown.filter((t) => !VOWELS.test(t.raw) || CONSONANT_RUN.test(t.raw)).length;
    if (ratio < rules.settings.readability.gibberishRatio || odd / spelling.judged < 0.25) return [];
    return [
      {
        category: 'readability',
        code: 'gibberish',
        severity: 'warning',
        message: `Onleesbare tekst: ${Math.round(ratio * 100)} % van de woorden bestaat niet.`,
        hint: 'Schrijf in gewone zinnen wat je meemaakte.',
        spans: spelling.unknown.map((t) => ({ start: t.start, end: t.end })),
      },
    ];
  },
};
