import type { EnforcementStepInput, FollowUpStatusInput, InspectionReportInput, Sector } from '@zorgwaardering/core';
import { Dice, mulberry32, type Random } from './random';

/** Licence conditions an inspection checks, per sector, with what each protects. */
const CONDITIONS: Record<Sector, { code: string; label: string; protects: string }[]> = {
  kinderopvang: [
    { code: 'KO-VEI-1', label: 'De ruimtes en het materiaal zijn veilig', protects: 'de veiligheid van de kinderen' },
    { code: 'KO-PER-1', label: 'Er zijn genoeg kinderbegeleiders aanwezig', protects: 'de zorg en aandacht voor elk kind' },
    { code: 'KO-PER-2', label: 'De kinderbegeleiders hebben het vereiste attest', protects: 'de deskundigheid van de zorg' },
    { code: 'KO-GEZ-1', label: 'Voeding en hygiëne volgen de richtlijnen', protects: 'de gezondheid van de kinderen' },
    { code: 'KO-BRA-1', label: 'Het brandveiligheidsattest is geldig', protects: 'de veiligheid bij brand' },
    { code: 'KO-ORG-1', label: 'Het huishoudelijk reglement is volledig en bezorgd aan de ouders', protects: 'duidelijke afspraken met de ouders' },
  ],
  ouderenzorg: [
    { code: 'WZ-ZOR-1', label: 'De zorg volgt het zorgplan van elke bewoner', protects: 'zorg op maat van de bewoner' },
    { code: 'WZ-PER-1', label: 'De personeelsnorm wordt gehaald', protects: 'voldoende zorg dag en nacht' },
    { code: 'WZ-MED-1', label: 'Medicatie wordt veilig bewaard en toegediend', protects: 'de gezondheid van de bewoners' },
    { code: 'WZ-VRI-1', label: 'Vrijheidsbeperkende maatregelen zijn gemotiveerd en opgevolgd', protects: 'de vrijheid en waardigheid van de bewoners' },
    { code: 'WZ-BRA-1', label: 'Het brandveiligheidsattest is geldig', protects: 'de veiligheid bij brand' },
  ],
  handicap: [
    { code: 'VA-OND-1', label: 'De ondersteuning volgt het handelingsplan', protects: 'ondersteuning op maat' },
    { code: 'VA-INS-1', label: 'Gebruikers hebben inspraak via een gebruikersraad', protects: 'de inspraak van de gebruikers' },
    { code: 'VA-VEI-1', label: 'Er is een procedure bij grensoverschrijdend gedrag', protects: 'de integriteit van de gebruikers' },
  ],
  jeugdhulp: [
    { code: 'JH-REC-1', label: 'De rechten van de minderjarige worden gerespecteerd', protects: 'de rechten van de jongere' },
    { code: 'JH-VEI-1', label: 'Er is een procedure bij grensoverschrijdend gedrag', protects: 'de integriteit van de jongere' },
    { code: 'JH-DOS-1', label: 'Het dossier van elke jongere is volledig', protects: 'de continuïteit van de hulp' },
  ],
};

const MEMOQ_DIMENSIONS = ['emotionele ondersteuning', 'ondersteuning bij spel en leren', 'betrokkenheid', 'welbevinden'];

export interface DemoInspections {
  reports: InspectionReportInput[];
  followUps: FollowUpStatusInput[];
  enforcementSteps: EnforcementStepInput[];
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Inspection histories for part of the facilities: one to three reports over the last years,
 * mostly in order, some with shortcomings, follow-up and now and then enforcement.
 */
export function generateDemoInspections(
  facilities: { externalId: string; sector: Sector }[],
  random: Random = mulberry32(0x1d5_2025),
): DemoInspections {
  const dice = new Dice(random);
  const result: DemoInspections = { reports: [], followUps: [], enforcementSteps: [] };
  let reportNumber = 0;
  let stepNumber = 0;
  facilities.forEach((facility, index) => {
    // The demo facility (first) always has a history; others about two in three.
    if (index > 0 && !dice.chance(0.65)) return;
    const visits = dice.int(1, 3);
    const troubled = index === 0 ? false : dice.chance(0.12);
    let visitDate = new Date(Date.UTC(2023, dice.int(0, 11), dice.int(1, 28)));
    for (let visit = 0; visit < visits; visit += 1) {
      reportNumber += 1;
      const last = visit === visits - 1;
      const failing = troubled && last;
      const conditions = CONDITIONS[facility.sector]
        .filter(() => dice.chance(0.7))
        .map((condition) => ({ ...condition, inOrder: failing ? dice.chance(0.5) : dice.chance(0.93) }));
      const allInOrder = conditions.every((c) => c.inOrder);
      result.reports.push({
        reportRef: `ZI-${visitDate.getUTCFullYear()}-${String(reportNumber).padStart(6, '0')}`,
        externalId: facility.externalId,
        visitDate: isoDay(visitDate),
        kind: visit === 0 ? (dice.chance(0.1) ? 'start' : 'planned') : failing && dice.chance(0.5) ? 'complaint' : dice.chance(0.3) ? 'follow_up' : 'planned',
        advice: allInOrder ? 'no_enforcement' : failing ? (visit > 0 ? 'continue_enforcement' : 'start_enforcement') : 'no_enforcement',
        sourceUrl: null,
        qualityScores:
          facility.sector === 'kinderopvang' && dice.chance(0.5)
            ? Object.fromEntries(MEMOQ_DIMENSIONS.map((d) => [d, (failing ? dice.int(20, 45) : dice.int(35, 65)) / 10]))
            : {},
        conditions,
      });
      if (!allInOrder) {
        const statusDate = new Date(visitDate.getTime() + dice.int(10, 40) * 86_400_000);
        result.followUps.push({
          externalId: facility.externalId,
          status: failing ? 'enforcement' : dice.chance(0.5) ? 'improvement_requested' : 'action_plan_requested',
          statusDate: isoDay(statusDate),
        });
        if (failing) {
          stepNumber += 1;
          result.enforcementSteps.push({
            stepRef: `HH-${String(stepNumber).padStart(5, '0')}`,
            externalId: facility.externalId,
            step: 'warning',
            stepDate: isoDay(new Date(statusDate.getTime() + 14 * 86_400_000)),
            cause: conditions.filter((c) => !c.inOrder).map((c) => c.label).join('; '),
            objection: null,
            closed: dice.chance(0.5),
          });
          if (dice.chance(0.3)) {
            stepNumber += 1;
            result.enforcementSteps.push({
              stepRef: `HH-${String(stepNumber).padStart(5, '0')}`,
              externalId: facility.externalId,
              step: 'intention_suspend',
              stepDate: isoDay(new Date(statusDate.getTime() + 60 * 86_400_000)),
              cause: 'Na de aanmaning zijn de tekorten niet weggewerkt.',
              objection: dice.chance(0.5) ? 'De organisator heeft bezwaar ingediend.' : null,
              closed: false,
            });
          }
        }
      } else if (last) {
        result.followUps.push({ externalId: facility.externalId, status: 'no_follow_up', statusDate: isoDay(new Date(visitDate.getTime() + 21 * 86_400_000)) });
      }
      visitDate = new Date(visitDate.getTime() + dice.int(200, 420) * 86_400_000);
      if (visitDate > new Date(Date.UTC(2026, 9, 31))) break;
    }
  });
  return result;
}
