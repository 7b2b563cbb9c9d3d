import type { EnforcementStep, FollowUpStatus, InspectionAdvice, InspectionKind, InspectionReportItem } from '@zorgwaardering/core';

/**
 * The terms of inspection reports, follow-up and enforcement in plain Dutch. `agency` is the
 * licensing agency as named in running text ("Opgroeien", "het VAPH").
 */

/** "het VAPH" as "Het VAPH", for the start of a sentence. */
export function sentenceStart(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const INSPECTION_KIND_EXPLANATIONS: Record<InspectionKind, string> = {
  planned: 'Een bezoek dat Zorginspectie op voorhand inplande. Zo komt ze op geregelde tijden langs, ook zonder klachten.',
  complaint: 'Zorginspectie kwam langs na een klacht of een melding over de voorziening.',
  follow_up: 'Zorginspectie kwam terug om na te gaan of de tekorten van een vorige inspectie weggewerkt zijn.',
  start: 'De eerste inspectie kort nadat de voorziening startte of haar vergunning kreeg.',
};

export function adviceExplanation(advice: InspectionAdvice, agency: string): string {
  switch (advice) {
    case 'no_enforcement':
      return `Zorginspectie vindt niet dat ${agency} moet ingrijpen.`;
    case 'start_enforcement':
      return `Zorginspectie raadt ${agency} aan om handhaving te starten: officiële stappen die de organisator verplichten de tekorten weg te werken.`;
    case 'continue_enforcement':
      return `Er liep al handhaving. Zorginspectie raadt ${agency} aan om die voort te zetten.`;
  }
}

export function followUpExplanation(status: FollowUpStatus, agency: string): string {
  const subject = sentenceStart(agency);
  switch (status) {
    case 'under_study':
      return `${subject} bekijkt het verslag nog en beslist daarna of er iets moet gebeuren.`;
    case 'no_follow_up':
      return `${subject} vindt dat er na de inspectie niets extra moet gebeuren.`;
    case 'improvement_requested':
      return `${subject} vraagt de organisator om de tekorten weg te werken.`;
    case 'action_plan_requested':
      return `${subject} vraagt de organisator om een actieplan: hoe en tegen wanneer de tekorten weggewerkt worden.`;
    case 'enforcement':
      return `${subject} heeft handhaving gestart: officiële stappen om de organisator te verplichten de tekorten weg te werken.`;
  }
}

export function enforcementStepExplanation(step: EnforcementStep, agency: string): string {
  switch (step) {
    case 'warning':
      return 'Een officiële waarschuwing: de organisator moet de tekorten binnen een bepaalde termijn wegwerken.';
    case 'intention_suspend':
      return `${sentenceStart(agency)} kondigt aan dat het de vergunning tijdelijk kan schorsen. De organisator kan eerst bezwaar indienen.`;
    case 'intention_revoke':
      return `${sentenceStart(agency)} kondigt aan dat het de vergunning kan opheffen. De organisator kan eerst bezwaar indienen.`;
    case 'decision_suspend':
      return 'De vergunning is geschorst: de voorziening mag een tijd niet werken.';
    case 'decision_revoke':
      return 'De vergunning is opgeheven: de voorziening mag niet meer werken.';
  }
}

export const CONDITIONS_EXPLANATION =
  'Zorginspectie gaat na of de voorziening de voorwaarden van haar vergunning naleeft. ‘In orde’ betekent dat de voorwaarde bij het bezoek nageleefd werd, ‘niet in orde’ dat de inspecteur een tekort vaststelde. Een verslag toont de toestand op de dag van het bezoek.';

export function qualityExplanation(scale: { min: number; max: number }): string {
  return `Bij sommige inspecties in de kinderopvang meet Zorginspectie ook de pedagogische kwaliteit, met het meetinstrument MeMoQ: hoe de begeleiders met de kinderen omgaan, voor elke dimensie een score van ${scale.min} (laag) tot ${scale.max} (hoog).`;
}

/** The result of a report in one sentence: how many inspected conditions are not in order. */
export function conditionsResult(report: Pick<InspectionReportItem, 'conditions' | 'conditionsNotInOrder'>): string {
  const total = report.conditions.length;
  const notInOrder = report.conditionsNotInOrder;
  if (total === 0) return 'Dit verslag vermeldt geen afzonderlijke voorwaarden.';
  if (total === 1) return notInOrder === 0 ? 'De geïnspecteerde voorwaarde is in orde.' : 'De geïnspecteerde voorwaarde is niet in orde.';
  if (notInOrder === 0) return `Alle ${total} geïnspecteerde voorwaarden zijn in orde.`;
  return `${notInOrder} van de ${total} geïnspecteerde voorwaarden ${notInOrder === 1 ? 'is' : 'zijn'} niet in orde.`;
}
