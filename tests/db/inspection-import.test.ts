import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { enforcementSteps, followUpStatuses, inspectionReports } from '@zorgwaardering/db';
import { importInspectionRecords, parseInspectionFile, InspectionFileError } from '@zorgwaardering/db/inspections';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../support/databases';
import { createFacility } from '../support/fixtures';

const CSV = `record,report_ref,external_id,visit_date,kind,advice,source_url,dimension,score,condition_code,condition_label,condition_protects,in_order,status,status_date,step_ref,step,step_date,cause,objection,closed
report,ZI-2025-001,KO-TEST-1,2025-10-14,planned,no_enforcement,https://www.zorginspectie.example/verslag/1,,,,,,,,,,,,,,
quality_score,ZI-2025-001,,,,,,emotionele ondersteuning,4.5,,,,,,,,,,,,
condition,ZI-2025-001,,,,,,,,VG-3,Het gebouw is veilig,de veiligheid van de kinderen,ja,,,,,,,,
condition,ZI-2025-001,,,,,,,,PER-1,Er is genoeg begeleiding,de zorg voor elk kind,nee,,,,,,,,
follow_up,,KO-TEST-1,,,,,,,,,,,improvement_requested,2025-11-02,,,,,,
enforcement,,KO-TEST-1,,,,,,,,,,,,,HH-77,warning,2025-11-20,Te weinig begeleiders op de groep,,nee
`;

describe.each(databaseKinds)('importing inspection data (%s)', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await database.reset();
    await createFacility(database.db, { externalId: 'KO-TEST-1' });
  });

  it('imports a valid CSV file with its reports, conditions, scores, follow-up and enforcement', async () => {
    const summary = await importInspectionRecords(database.db, parseInspectionFile(CSV, 'csv'));
    expect(summary).toMatchObject({ records: 3, inserted: 3, updated: 0, unchanged: 0, rejected: 0, problems: [], unmatched: [] });
    const [report] = await database.db.select().from(inspectionReports);
    expect(report).toMatchObject({
      reportRef: 'ZI-2025-001',
      visitDate: '2025-10-14',
      kind: 'planned',
      advice: 'no_enforcement',
      qualityScores: { 'emotionele ondersteuning': 4.5 },
    });
    expect(report!.conditions).toEqual([
      { code: 'VG-3', label: 'Het gebouw is veilig', protects: 'de veiligheid van de kinderen', inOrder: true },
      { code: 'PER-1', label: 'Er is genoeg begeleiding', protects: 'de zorg voor elk kind', inOrder: false },
    ]);
    expect(await database.db.select().from(followUpStatuses)).toHaveLength(1);
    expect((await database.db.select().from(enforcementSteps))[0]).toMatchObject({ step: 'warning', closed: false });
  });

  it('changes nothing when the same file is imported twice, and updates what a corrected file changes', async () => {
    await importInspectionRecords(database.db, parseInspectionFile(CSV, 'csv'));
    const again = await importInspectionRecords(database.db, parseInspectionFile(CSV, 'csv'));
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 3 });
    const corrected = CSV.replace('Te weinig begeleiders op de groep,,nee', 'Te weinig begeleiders op de groep,,ja');
    const third = await importInspectionRecords(database.db, parseInspectionFile(corrected, 'csv'));
    expect(third).toMatchObject({ inserted: 0, updated: 1, unchanged: 2 });
    expect((await database.db.select().from(enforcementSteps))[0]!.closed).toBe(true);
    expect(await database.db.select().from(inspectionReports)).toHaveLength(1);
  });

  it('reports bad rows by row and field and imports none of a bad record', async () => {
    const bad = CSV.replace('2025-10-14,planned', '2025-13-14,gepland').replace('improvement_requested,2025-11-02', 'beter,2025-11-02');
    const summary = await importInspectionRecords(database.db, parseInspectionFile(bad, 'csv'));
    expect(summary.rejected).toBe(2);
    expect(summary.problems).toEqual(
      expect.arrayContaining([
        { row: 'regel 2', field: 'visitDate', message: expect.any(String) },
        { row: 'regel 2', field: 'kind', message: expect.stringContaining('planned') },
        { row: 'regel 6', field: 'status', message: expect.any(String) },
      ]),
    );
    expect(await database.db.select().from(inspectionReports)).toHaveLength(0);
    expect(await database.db.select().from(followUpStatuses)).toHaveLength(0);
    expect(await database.db.select().from(enforcementSteps)).toHaveLength(1);
  });

  it('lists facilities it cannot match and writes nothing on a dry run', async () => {
    const json = JSON.stringify({
      reports: [{ reportRef: 'ZI-X', externalId: 'KO-ONBEKEND', visitDate: '2025-09-01', kind: 'complaint', conditions: [] }],
      followUps: [{ externalId: 'KO-TEST-1', status: 'no_follow_up', statusDate: '2025-09-10' }],
    });
    const dry = await importInspectionRecords(database.db, parseInspectionFile(json, 'json'), { dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, rejected: 1, unmatched: ['KO-ONBEKEND'] });
    expect(await database.db.select().from(followUpStatuses)).toHaveLength(0);
    const real = await importInspectionRecords(database.db, parseInspectionFile(json, 'json'));
    expect(real).toMatchObject({ inserted: 1, unmatched: ['KO-ONBEKEND'] });
  });

  it('refuses a file that is not JSON or not an object', () => {
    expect(() => parseInspectionFile('{kapot', 'json')).toThrow(InspectionFileError);
    expect(() => parseInspectionFile('[1,2]', 'json')).toThrow(/object/);
  });
});
