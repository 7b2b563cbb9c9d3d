import { parse as parseCsv } from 'csv-parse/sync';

/** One record of an inspection file, before validation, with where it stands in the file. */
export interface RawRecord {
  /** "regel 12" in a CSV file, "reports[3]" in a JSON file. */
  row: string;
  type: 'report' | 'follow_up' | 'enforcement';
  value: Record<string, unknown>;
  /** Problems found while assembling the record (CSV rows that belong to it). */
  problems: { row: string; field: string; message: string }[];
}

export class InspectionFileError extends Error {}

/** Reads a JSON or CSV inspection file (format in docs/inspection-import.md). */
export function parseInspectionFile(text: string, format: 'json' | 'csv'): RawRecord[] {
  return format === 'json' ? parseJson(text) : parseCsvRecords(text);
}

function parseJson(text: string): RawRecord[] {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new InspectionFileError(`Geen geldige JSON: ${error instanceof Error ? error.message : error}`);
  }
  if (!document || typeof document !== 'object' || Array.isArray(document)) {
    throw new InspectionFileError('Het JSON-bestand moet een object zijn met "reports", "followUps" en/of "enforcementSteps".');
  }
  const sections = { reports: 'report', followUps: 'follow_up', enforcementSteps: 'enforcement' } as const;
  const records: RawRecord[] = [];
  for (const [key, type] of Object.entries(sections)) {
    const list = (document as Record<string, unknown>)[key];
    if (list === undefined) continue;
    if (!Array.isArray(list)) throw new InspectionFileError(`"${key}" moet een lijst zijn.`);
    list.forEach((value, index) => {
      const row = `${key}[${index}]`;
      if (!value || typeof value !== 'object' || Array.isArray(value)) {
        records.push({ row, type, value: {}, problems: [{ row, field: '(record)', message: 'Geen object' }] });
      } else {
        records.push({ row, type, value: value as Record<string, unknown>, problems: [] });
      }
    });
  }
  return records;
}

const CSV_RECORDS = ['report', 'quality_score', 'condition', 'follow_up', 'enforcement'] as const;

const emptyToUndefined = (value: string | undefined) => (value === undefined || value.trim() === '' ? undefined : value.trim());

function parseBoolean(value: string | undefined): boolean | string | undefined {
  const v = emptyToUndefined(value)?.toLowerCase();
  if (v === undefined) return undefined;
  if (['true', 'ja', 'yes', '1', 'in orde'].includes(v)) return true;
  if (['false', 'nee', 'no', '0', 'niet in orde'].includes(v)) return false;
  return value; // left as text: validation names it
}

function parseCsvRecords(text: string): RawRecord[] {
  let rows: Record<string, string>[];
  try {
    rows = parseCsv(text, { columns: true, skip_empty_lines: true, trim: true, bom: true, delimiter: [',', ';'] });
  } catch (error) {
    throw new InspectionFileError(`Geen geldig CSV-bestand: ${error instanceof Error ? error.message : error}`);
  }
  const records: RawRecord[] = [];
  const reports = new Map<string, RawRecord>();
  const orphans: { row: string; ref: string; apply: (report: RawRecord) => void }[] = [];

  rows.forEach((columns, index) => {
    const row = `regel ${index + 2}`; // line 1 is the header
    const record = emptyToUndefined(columns.record);
    if (!record || !(CSV_RECORDS as readonly string[]).includes(record)) {
      records.push({ row, type: 'report', value: {}, problems: [{ row, field: 'record', message: `Een van: ${CSV_RECORDS.join(', ')}` }] });
      return;
    }
    if (record === 'report') {
      const ref = emptyToUndefined(columns.report_ref);
      const report: RawRecord = {
        row,
        type: 'report',
        value: {
          reportRef: ref,
          externalId: emptyToUndefined(columns.external_id),
          visitDate: emptyToUndefined(columns.visit_date),
          kind: emptyToUndefined(columns.kind),
          advice: emptyToUndefined(columns.advice) ?? null,
          sourceUrl: emptyToUndefined(columns.source_url) ?? null,
          qualityScores: {},
          conditions: [],
        },
        problems: [],
      };
      if (ref && reports.has(ref)) report.problems.push({ row, field: 'report_ref', message: `Dubbel: ${ref} staat al op ${reports.get(ref)!.row}` });
      if (ref) reports.set(ref, report);
      records.push(report);
    } else if (record === 'quality_score' || record === 'condition') {
      const ref = emptyToUndefined(columns.report_ref) ?? '';
      orphans.push({
        row,
        ref,
        apply(report) {
          const value = report.value as { qualityScores: Record<string, unknown>; conditions: unknown[] };
          if (record === 'quality_score') {
            const dimension = emptyToUndefined(columns.dimension);
            const score = Number(emptyToUndefined(columns.score));
            if (!dimension) report.problems.push({ row, field: 'dimension', message: 'Verplicht' });
            else if (!Number.isFinite(score)) report.problems.push({ row, field: 'score', message: 'Een getal' });
            else value.qualityScores[dimension] = score;
          } else {
            value.conditions.push({
              code: emptyToUndefined(columns.condition_code),
              label: emptyToUndefined(columns.condition_label),
              protects: emptyToUndefined(columns.condition_protects) ?? '',
              inOrder: parseBoolean(columns.in_order),
            });
          }
        },
      });
    } else if (record === 'follow_up') {
      records.push({
        row,
        type: 'follow_up',
        value: { externalId: emptyToUndefined(columns.external_id), status: emptyToUndefined(columns.status), statusDate: emptyToUndefined(columns.status_date) },
        problems: [],
      });
    } else {
      records.push({
        row,
        type: 'enforcement',
        value: {
          stepRef: emptyToUndefined(columns.step_ref),
          externalId: emptyToUndefined(columns.external_id),
          step: emptyToUndefined(columns.step),
          stepDate: emptyToUndefined(columns.step_date),
          cause: emptyToUndefined(columns.cause),
          objection: emptyToUndefined(columns.objection) ?? null,
          closed: parseBoolean(columns.closed) ?? false,
        },
        problems: [],
      });
    }
  });

  for (const orphan of orphans) {
    const report = reports.get(orphan.ref);
    if (report) orphan.apply(report);
    else records.push({ row: orphan.row, type: 'report', value: {}, problems: [{ row: orphan.row, field: 'report_ref', message: `Geen report-regel met report_ref "${orphan.ref}"` }] });
  }
  return records;
}
