import type { Check } from '../check';
import { spellingOf } from '../text/spelling';

/** So many spelling errors or chat abbreviations that readers struggle (Hunspell with the OpenTaal dictionary). */
export const spellingCheck: Check = {
  name: 'spelling',
  category: 'readability',
  run({ text, rules, earlier }) {
    const spelling = spellingOf(text, rules);
    const errors = spelling.unknown.length + spelling.chat.length;
    const ratio = spelling.judged === 0 ? 0 : errors / spelling.judged;
    const metrics = { spellingErrorRatio: Math.round(ratio * 1000) / 1000 };
    const R = rules.settings.readability;
    if (earlier.some((f) => f.code === 'not-dutch' || f.code === 'gibberish')) return { flags: [], metrics };
    if (errors < R.spellingMinErrors || ratio < R.spellingErrorRatio) return { flags: [], metrics };
    return {
      metrics,
      flags: [
        {
          category: 'readability',
          code: 'spelling',
          severity: 'warning',
          message: `Veel spelfouten of chattaal: ${errors} van de ${spelling.judged} woorden (${Math.round(ratio * 100)} %).`,
          hint: 'Lees je tekst nog eens na en schrijf woorden voluit ("niet" in plaats van "nie", "gewoon" in plaats van "gwn").',
          spans: [...spelling.unknown, ...spelling.chat].sort((a, b) => a.start - b.start).map((t) => ({ start: t.start, end: t.end })),
        },
      ],
    };
  },
};
