import type { Check } from '../check';
import type { Span } from '../types';
import { findCues } from '../text/cues';

/** Links (outside the public services authors are pointed to) and advertising cues. */
export const advertisingCheck: Check = {
  name: 'advertising',
  category: 'reliability',
  run({ text, rules }) {
    const R = rules.reliability;
    const links: Span[] = text.links.filter((l) => {
      const host = text.text.slice(l.start, l.end).toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').split(/[/?#]/)[0]!;
      return !R.allowedDomains.some((d) => host === d || host.endsWith(`.${d}`));
    });
    const cues = findCues(text, R.advertising, { negators: rules.safety.negators, window: 3 });
    const score = links.length + cues.reduce((sum, h) => sum + h.phrase.weight, 0);
    if (score < rules.settings.reliability.cueThreshold - 1e-9) return [];
    const spans = [...links, ...cues.map((h) => ({ start: h.start, end: h.end }))].sort((a, b) => a.start - b.start);
    return [
      {
        category: 'reliability',
        code: links.length > 0 ? 'link' : 'advertising',
        severity: 'warning',
        message: links.length > 0 ? `Link naar een website (${links.length}×): mogelijk reclame.` : 'Reclame of promotie in de tekst.',
        hint: 'Laat links en reclame weg: een waardering gaat over je ervaring met deze voorziening.',
        spans,
      },
    ];
  },
};
