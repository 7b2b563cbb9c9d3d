import { and, desc, eq, gt, or } from 'drizzle-orm';
import {
  ENFORCEMENT_STEPS,
  FOLLOW_UP_STATUSES,
  INSPECTION_ADVICE,
  INSPECTION_KINDS,
  INSPECTORATE,
  LICENSING_AGENCIES,
  QUALITY_SCORE_SCALE,
  type EnforcementStepItem,
  type FacilityInspectionReport,
  type FacilityInspections,
  type InspectionReportItem,
  type Sector,
} from '@zorgwaardering/core';
import { enforcementSteps, facilities, followUpStatuses, inspectionReports, type Database } from '@zorgwaardering/db';
import { NotFound } from '../errors';

type ReportRow = typeof inspectionReports.$inferSelect;
type StepRow = typeof enforcementSteps.$inferSelect;

async function findFacility(db: Database, facilityId: number) {
  const [facility] = await db.select({ id: facilities.id, sector: facilities.sector }).from(facilities).where(eq(facilities.id, facilityId));
  if (!facility) throw new NotFound('Deze voorziening bestaat niet.');
  return facility;
}

function sources(facility: { id: number; sector: Sector }) {
  return {
    facilityId: facility.id,
    inspectorate: INSPECTORATE,
    agency: { ...LICENSING_AGENCIES[facility.sector] },
    qualityScoreScale: { ...QUALITY_SCORE_SCALE },
  };
}

function describeReport(row: ReportRow): InspectionReportItem {
  const conditions = row.conditions.map(({ code, label, protects, inOrder }) => ({ code, label, protects: protects ?? '', inOrder }));
  const inOrder = conditions.filter((condition) => condition.inOrder).length;
  return {
    id: row.id,
    reportRef: row.reportRef,
    visitDate: row.visitDate,
    kind: row.kind,
    kindLabel: INSPECTION_KINDS[row.kind],
    advice: row.advice,
    adviceLabel: row.advice ? INSPECTION_ADVICE[row.advice] : null,
    sourceUrl: row.sourceUrl,
    qualityScores: Object.entries(row.qualityScores)
      .map(([dimension, score]) => ({ dimension, score: Number(score) }))
      .sort((a, b) => a.dimension.localeCompare(b.dimension, 'nl')),
    conditions,
    conditionsInOrder: inOrder,
    conditionsNotInOrder: conditions.length - inOrder,
  };
}

function describeStep(row: StepRow): EnforcementStepItem {
  return {
    id: row.id,
    stepRef: row.stepRef,
    step: row.step,
    stepLabel: ENFORCEMENT_STEPS[row.step],
    stepDate: row.stepDate,
    cause: row.cause,
    objection: row.objection,
    closed: row.closed,
  };
}

/**
 * The official inspection data of a facility: the reports of the inspectorate, newest visit
 * first; the licensing agency's current follow-up status; and its enforcement steps, those still
 * running apart from the closed ones, each newest first.
 */
export async function getFacilityInspections(db: Database, facilityId: number): Promise<FacilityInspections> {
  const facility = await findFacility(db, facilityId);
  const [reports, [followUp], steps] = await Promise.all([
    db
      .select()
      .from(inspectionReports)
      .where(eq(inspectionReports.facilityId, facilityId))
      .orderBy(desc(inspectionReports.visitDate), desc(inspectionReports.reportRef)),
    db
      .select()
      .from(followUpStatuses)
      .where(eq(followUpStatuses.facilityId, facilityId))
      .orderBy(desc(followUpStatuses.statusDate), desc(followUpStatuses.importedAt), desc(followUpStatuses.id))
      .limit(1),
    db
      .select()
      .from(enforcementSteps)
      .where(eq(enforcementSteps.facilityId, facilityId))
      .orderBy(desc(enforcementSteps.stepDate), desc(enforcementSteps.stepRef)),
  ]);
  const described = steps.map(describeStep);
  return {
    ...sources(facility),
    reports: reports.map(describeReport),
    followUp: followUp ? { status: followUp.status, statusLabel: FOLLOW_UP_STATUSES[followUp.status], statusDate: followUp.statusDate } : null,
    enforcement: { open: described.filter((step) => !step.closed), closed: described.filter((step) => step.closed) },
  };
}

/** One inspection report of a facility; a report of another facility is not found. */
export async function getInspectionReport(db: Database, facilityId: number, reportId: string): Promise<FacilityInspectionReport> {
  const facility = await findFacility(db, facilityId);
  const [row] = await db
    .select()
    .from(inspectionReports)
    .where(and(eq(inspectionReports.id, reportId), eq(inspectionReports.facilityId, facilityId)));
  if (!row) throw new NotFound('Dit inspectieverslag bestaat niet bij deze voorziening.');
  const [later] = await db
    .select({ id: inspectionReports.id })
    .from(inspectionReports)
    .where(
      and(
        eq(inspectionReports.facilityId, facilityId),
        or(gt(inspectionReports.visitDate, row.visitDate), and(eq(inspectionReports.visitDate, row.visitDate), gt(inspectionReports.reportRef, row.reportRef))),
      ),
    )
    .limit(1);
  return { ...sources(facility), report: describeReport(row), latest: !later };
}
