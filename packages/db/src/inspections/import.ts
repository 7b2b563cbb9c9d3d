import { inArray, sql } from 'drizzle-orm';
import {
  enforcementStepSchema,
  followUpStatusSchema,
  inspectionReportSchema,
  type EnforcementStepInput,
  type FollowUpStatusInput,
  type InspectionReportInput,
} from '@zorgwaardering/core';
import type { Database } from '../client';
import { enforcementSteps, facilities, followUpStatuses, inspectionReports } from '../schema';
import type { RawRecord } from './parse';

export interface ImportProblem {
  row: string;
  field: string;
  message: string;
}

export interface ImportSummary {
  records: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  problems: ImportProblem[];
  /** External ids in the file that match no facility. */
  unmatched: string[];
  dryRun: boolean;
}

type Valid =
  | { type: 'report'; row: string; data: InspectionReportInput }
  | { type: 'follow_up'; row: string; data: FollowUpStatusInput }
  | { type: 'enforcement'; row: string; data: EnforcementStepInput };

const schemas = { report: inspectionReportSchema, follow_up: followUpStatusSchema, enforcement: enforcementStepSchema } as const;

/** Field names as the CSV format writes them, so problems point at the column to fix. */
function fieldName(path: PropertyKey[]): string {
  return path.map(String).join('.') || '(record)';
}

/**
 * Validates and stores inspection records. A record with any problem is left out whole; the
 * others are upserted by their source reference, so importing a file twice changes nothing and a
 * corrected file updates what changed. With `dryRun` nothing is written.
 */
export async function importInspectionRecords(
  db: Database,
  records: RawRecord[],
  options: { dryRun?: boolean; onProgress?: (done: number, total: number) => void } = {},
): Promise<ImportSummary> {
  const problems: ImportProblem[] = [];
  const valid: Valid[] = [];
  for (const record of records) {
    const parsed = schemas[record.type].safeParse(record.value);
    const recordProblems = [
      ...record.problems,
      ...(parsed.success ? [] : parsed.error.issues.map((issue) => ({ row: record.row, field: fieldName(issue.path), message: issue.message }))),
    ];
    if (recordProblems.length > 0) problems.push(...recordProblems);
    else valid.push({ type: record.type, row: record.row, data: parsed.data } as Valid);
  }

  const externalIds = [...new Set(valid.map((v) => v.data.externalId))];
  const facilityIds = new Map<string, number>();
  for (let i = 0; i < externalIds.length; i += 1000) {
    const rows = await db
      .select({ id: facilities.id, externalId: facilities.externalId })
      .from(facilities)
      .where(inArray(facilities.externalId, externalIds.slice(i, i + 1000)));
    for (const row of rows) facilityIds.set(row.externalId, row.id);
  }
  const unmatched = externalIds.filter((id) => !facilityIds.has(id)).sort();
  const matched = valid.filter((v) => facilityIds.has(v.data.externalId));
  for (const v of valid) {
    if (!facilityIds.has(v.data.externalId)) problems.push({ row: v.row, field: 'externalId', message: `Geen voorziening met id ${v.data.externalId}` });
  }

  const summary: ImportSummary = {
    records: records.length,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    rejected: records.length - matched.length,
    problems,
    unmatched,
    dryRun: Boolean(options.dryRun),
  };
  if (options.dryRun) return summary;

  let done = 0;
  await db.transaction(async (tx) => {
    for (const record of matched) {
      const facilityId = facilityIds.get(record.data.externalId)!;
      const outcome = await upsert(tx, record, facilityId);
      summary[outcome] += 1;
      done += 1;
      if (done % 250 === 0 || done === matched.length) options.onProgress?.(done, matched.length);
    }
  });
  return summary;
}

type Outcome = 'inserted' | 'updated' | 'unchanged';

/** Inserts, or updates only when something differs; `xmax = 0` tells a fresh insert from an update. */
async function upsert(tx: Database, record: Valid, facilityId: number): Promise<Outcome> {
  const outcome = (rows: { inserted: boolean }[]): Outcome => (rows.length === 0 ? 'unchanged' : rows[0]!.inserted ? 'inserted' : 'updated');
  const inserted = sql<boolean>`(xmax = 0)`;
  switch (record.type) {
    case 'report': {
      const { externalId: _externalId, ...data } = record.data;
      const values = { ...data, facilityId };
      return outcome(
        await tx
          .insert(inspectionReports)
          .values(values)
          .onConflictDoUpdate({
            target: inspectionReports.reportRef,
            set: { ...values, importedAt: sql`now()` },
            setWhere: sql`(${inspectionReports.facilityId}, ${inspectionReports.visitDate}, ${inspectionReports.kind}, ${inspectionReports.advice}, ${inspectionReports.sourceUrl}, ${inspectionReports.qualityScores}, ${inspectionReports.conditions})
              is distinct from (excluded.facility_id, excluded.visit_date, excluded.kind, excluded.advice, excluded.source_url, excluded.quality_scores, excluded.conditions)`,
          })
          .returning({ inserted }),
      );
    }
    case 'follow_up':
      return outcome(
        await tx
          .insert(followUpStatuses)
          .values({ facilityId, status: record.data.status, statusDate: record.data.statusDate })
          .onConflictDoNothing()
          .returning({ inserted }),
      );
    case 'enforcement': {
      const { externalId: _externalId, ...data } = record.data;
      const values = { ...data, facilityId };
      return outcome(
        await tx
          .insert(enforcementSteps)
          .values(values)
          .onConflictDoUpdate({
            target: enforcementSteps.stepRef,
            set: { ...values, importedAt: sql`now()` },
            setWhere: sql`(${enforcementSteps.facilityId}, ${enforcementSteps.step}, ${enforcementSteps.stepDate}, ${enforcementSteps.cause}, ${enforcementSteps.objection}, ${enforcementSteps.closed})
              is distinct from (excluded.facility_id, excluded.step, excluded.step_date, excluded.cause, excluded.objection, excluded.closed)`,
          })
          .returning({ inserted }),
      );
    }
  }
}
