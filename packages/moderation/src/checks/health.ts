import type { Check } from '../check';
import type { Span } from '../types';
import { tokenIndexAt } from '../text/cues';
import { findNames } from '../text/names';
import { matchPhrases } from '../text/phrases';

/**
 * Health details about an identifiable person other than the author's family (special-category
 * data, GDPR art. 9): a health word in the same sentence as a named person, or a serious one next
 * to a role the facility has only one of ("de onthaalmoeder").
 */
export const healthCheck: Check = {
  name: 'health',
  category: 'privacy',
  run({ text, rules, context }) {
    const P = rules.people;
    const terms = matchPhrases(P.healthTerms, text);
    if (terms.length === 0) return [];
    const namedSentences = new Set(findNames(text, rules, context).filter((h) => h.kind !== 'family').map((h) => h.sentence));
    const spans: Span[] = [];
    for (const term of terms) {
      const sentence = text.tokens[tokenIndexAt(text.tokens, term.start)]?.sentence;
      if (sentence === undefined) continue;
      const named = namedSentences.has(sentence);
      const serious = term.phrase.weight >= 1;
      const role = serious && (text.bySentence[sentence] ?? []).some((t) => P.identifyingRoles.has(t.norm));
      if (named || role) spans.push({ start: term.start, end: term.end });
    }
    if (spans.length === 0) return [];
    return [
      {
        category: 'privacy',
        code: 'health-data',
        severity: 'high',
        message: 'Gezondheidsgegevens over een herkenbare persoon (bijzonder persoonsgegeven, AVG art. 9).',
        hint: 'Schrijf niet over de gezondheid van medewerkers of andere mensen: dat is hun privacy.',
        spans,
      },
    ];
  },
};
