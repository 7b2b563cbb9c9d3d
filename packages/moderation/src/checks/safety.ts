import type { Check } from '../check';
import type { SafetyCue } from '../rules/load';
import { findCues } from '../text/cues';

const KIND_LABELS: Record<SafetyCue['kind'], string> = {
  violence: 'geweld',
  restraint: 'vastbinden of opsluiten',
  forceFeeding: 'dwangvoeding',
  neglect: 'verwaarlozing',
  intoxication: 'personeel onder invloed',
  sexual: 'seksueel grensoverschrijdend gedrag',
  psychological: 'psychisch geweld',
  danger: 'gevaarlijke situatie',
};

/**
 * Allegations of abuse, neglect or danger to children or residents. Never rejected and never
 * published silently: always high severity, so the report says `hold` and the editors see it first.
 */
export const safetyCheck: Check = {
  name: 'safety',
  category: 'safety',
  run({ text, rules, submission }) {
    const S = rules.safety;
    const hits = findCues(text, S.cues, {
      negators: S.negators,
      clauseBreakers: S.clauseBreakers,
      carriers: S.negationCarriers,
      exclusions: S.exclusions,
      window: rules.settings.safety.negationWindow,
    });
    const score = hits.reduce((sum, h) => sum + h.phrase.weight, 0);
    if (score < rules.settings.safety.cueThreshold - 1e-9) return [];
    const kinds = [...new Set(hits.map((h) => (h.phrase as SafetyCue).kind))];
    return [
      {
        category: 'safety',
        code: 'safety-allegation',
        severity: 'high',
        message: `Mogelijk veiligheidssignaal (${kinds.map((k) => KIND_LABELS[k]).join(', ')}): eerst door de redactie te bekijken, niet publiceren of weigeren zonder opvolging.`,
        hint: rules.settings.reportingChannels[submission.sector] ?? rules.settings.reportingChannels.kinderopvang,
        spans: hits.map((h) => ({ start: h.start, end: h.end })),
      },
    ];
  },
};
