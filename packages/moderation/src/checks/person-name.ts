import type { Check } from '../check';
import { findNames, type NameKind } from '../text/names';

const HOW: Record<NameKind, string> = {
  staff: 'na een functie ("juf", "begeleider", "mevrouw" ...)',
  family: 'na een familiewoord ("onze dochter", "zoon" ...)',
  'known-staff': 'van een medewerker van de voorziening',
  name: 'een voornaam of volledige naam',
};

/**
 * Names of persons: after a role or family word, names the facility gave for its staff, and first
 * names from the Flemish first-name list that are not ordinary words (or with a surname).
 */
export const personNameCheck: Check = {
  name: 'person-name',
  category: 'privacy',
  run({ text, rules, context }) {
    const hits = findNames(text, rules, context);
    if (hits.length === 0) return [];
    const kinds = [...new Set(hits.map((h) => h.kind))];
    const staff = hits.some((h) => h.kind === 'staff' || h.kind === 'known-staff');
    return [
      {
        category: 'privacy',
        code: 'person-name',
        severity: 'warning',
        message: `Naam van een persoon (${hits.length}×): ${kinds.map((k) => HOW[k]).join('; ')}. In een kleine voorziening maakt een voornaam iemand herkenbaar.`,
        hint: staff
          ? 'Noem medewerkers bij hun functie ("de begeleidster") in plaats van bij naam.'
          : 'Laat namen weg, ook die van je kind: schrijf "onze dochter" in plaats van haar naam.',
        spans: hits.map((h) => ({ start: h.nameStart, end: h.end })),
        redaction: hits.map((h) => h.redaction),
      },
    ];
  },
};
