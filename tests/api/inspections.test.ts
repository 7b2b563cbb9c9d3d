import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enforcementSteps, followUpStatuses, inspectionReports } from '@zorgwaardering/db';
import { databaseKinds } from '../support/databases';
import { createTestApi, type TestApi } from '../support/api';
import { createFacility } from '../support/fixtures';
import { json } from '../support/http';

describe.each(databaseKinds)('inspection data on a facility (%s)', (kind) => {
  let api: TestApi;
  let childcare: { id: number };
  let careHome: { id: number };
  let empty: { id: number };
  const reportIds: Record<string, string> = {};

  beforeAll(async () => {
    api = await createTestApi(kind);
    const db = api.database.db;
    childcare = await createFacility(db);
    careHome = await createFacility(db, { sector: 'ouderenzorg', kind: 'woonzorgcentrum', name: 'Woonzorgcentrum Proef' });
    empty = await createFacility(db);

    const inserted = await db
      .insert(inspectionReports)
      .values([
        {
          reportRef: 'ZI-2023-000101',
          facilityId: childcare.id,
          visitDate: '2023-05-09',
          kind: 'start',
          advice: 'no_enforcement',
          conditions: [{ code: 'KO-VEI-1', label: 'De ruimtes en het materiaal zijn veilig', protects: 'de veiligheid van de kinderen', inOrder: true }],
        },
        {
          reportRef: 'ZI-2025-000102',
          facilityId: childcare.id,
          visitDate: '2025-10-14',
          kind: 'complaint',
          advice: 'start_enforcement',
          sourceUrl: 'https://www.zorginspectie.example/verslag/102',
          qualityScores: { welbevinden: 3.5, 'emotionele ondersteuning': 4 },
          conditions: [
            { code: 'KO-PER-1', label: 'Er zijn genoeg kinderbegeleiders aanwezig', protects: 'de zorg en aandacht voor elk kind', inOrder: false },
            { code: 'KO-VEI-1', label: 'De ruimtes en het materiaal zijn veilig', protects: 'de veiligheid van de kinderen', inOrder: true },
            { code: 'KO-GEZ-1', label: 'Voeding en hygiëne volgen de richtlijnen', protects: 'de gezondheid van de kinderen', inOrder: false },
          ],
        },
        {
          reportRef: 'ZI-2024-000103',
          facilityId: childcare.id,
          visitDate: '2024-06-20',
          kind: 'planned',
          advice: null,
        },
        {
          reportRef: 'ZI-2025-000201',
          facilityId: careHome.id,
          visitDate: '2025-02-03',
          kind: 'follow_up',
          advice: 'continue_enforcement',
          conditions: [{ code: 'WZ-PER-1', label: 'De personeelsnorm wordt gehaald', protects: 'voldoende zorg dag en nacht', inOrder: false }],
        },
      ])
      .returning({ id: inspectionReports.id, reportRef: inspectionReports.reportRef });
    for (const row of inserted) reportIds[row.reportRef] = row.id;

    await db.insert(followUpStatuses).values([
      { facilityId: childcare.id, status: 'no_follow_up', statusDate: '2024-07-11' },
      { facilityId: childcare.id, status: 'enforcement', statusDate: '2025-11-02' },
      { facilityId: careHome.id, status: 'action_plan_requested', statusDate: '2025-03-01' },
    ]);
    await db.insert(enforcementSteps).values([
      { stepRef: 'HH-00001', facilityId: childcare.id, step: 'warning', stepDate: '2025-11-16', cause: 'Te weinig begeleiders op de groep', closed: true },
      {
        stepRef: 'HH-00002',
        facilityId: childcare.id,
        step: 'intention_suspend',
        stepDate: '2026-01-05',
        cause: 'Na de aanmaning zijn de tekorten niet weggewerkt.',
        objection: 'De organisator heeft bezwaar ingediend.',
      },
      { stepRef: 'HH-00003', facilityId: childcare.id, step: 'warning', stepDate: '2025-12-01', cause: 'Hygiëne in de keuken', closed: false },
      { stepRef: 'HH-00004', facilityId: careHome.id, step: 'warning', stepDate: '2025-03-15', cause: 'Personeelsnorm niet gehaald' },
    ]);
  });
  afterAll(() => api.close());

  const inspectionsOf = async (facilityId: number) => {
    const res = await api.request(`/api/facilities/${facilityId}/inspections`);
    expect(res.status).toBe(200);
    return json(res);
  };

  it('lists the reports newest visit first, with Dutch labels, conditions and quality scores', async () => {
    const body = await inspectionsOf(childcare.id);
    expect(body.reports.map((r: { reportRef: string }) => r.reportRef)).toEqual(['ZI-2025-000102', 'ZI-2024-000103', 'ZI-2023-000101']);
    const [latest, middle, first] = body.reports;
    expect(latest).toMatchObject({
      id: reportIds['ZI-2025-000102'],
      visitDate: '2025-10-14',
      kind: 'complaint',
      kindLabel: 'Na een klacht',
      advice: 'start_enforcement',
      adviceLabel: 'Handhaving starten',
      sourceUrl: 'https://www.zorginspectie.example/verslag/102',
      conditionsInOrder: 1,
      conditionsNotInOrder: 2,
    });
    expect(latest.conditions[0]).toEqual({
      code: 'KO-PER-1',
      label: 'Er zijn genoeg kinderbegeleiders aanwezig',
      protects: 'de zorg en aandacht voor elk kind',
      inOrder: false,
    });
    expect(latest.qualityScores).toEqual([
      { dimension: 'emotionele ondersteuning', score: 4 },
      { dimension: 'welbevinden', score: 3.5 },
    ]);
    expect(middle).toMatchObject({ kindLabel: 'Gepland', advice: null, adviceLabel: null, sourceUrl: null, qualityScores: [], conditions: [] });
    expect(first).toMatchObject({ kind: 'start', kindLabel: 'Startinspectie', adviceLabel: 'Geen handhaving nodig' });
  });

  it('names the inspectorate and the licensing agency of the sector', async () => {
    const childcareData = await inspectionsOf(childcare.id);
    expect(childcareData).toMatchObject({ facilityId: childcare.id, inspectorate: 'Zorginspectie', qualityScoreScale: { min: 1, max: 7 } });
    expect(childcareData.agency.shortName).toBe('Opgroeien');
    expect((await inspectionsOf(careHome.id)).agency.shortName).toBe('Departement Zorg');
  });

  it('gives the latest follow-up status with its date', async () => {
    expect((await inspectionsOf(childcare.id)).followUp).toEqual({ status: 'enforcement', statusLabel: 'Handhaving', statusDate: '2025-11-02' });
    expect((await inspectionsOf(careHome.id)).followUp).toMatchObject({
      statusLabel: 'De organisator moet een actieplan bezorgen',
      statusDate: '2025-03-01',
    });
  });

  it('splits the enforcement steps into open and closed ones, each newest first', async () => {
    const { enforcement } = await inspectionsOf(childcare.id);
    expect(enforcement.open.map((s: { stepRef: string }) => s.stepRef)).toEqual(['HH-00002', 'HH-00003']);
    expect(enforcement.open[0]).toMatchObject({
      step: 'intention_suspend',
      stepLabel: 'Voornemen tot schorsing',
      stepDate: '2026-01-05',
      cause: 'Na de aanmaning zijn de tekorten niet weggewerkt.',
      objection: 'De organisator heeft bezwaar ingediend.',
      closed: false,
    });
    expect(enforcement.closed).toHaveLength(1);
    expect(enforcement.closed[0]).toMatchObject({ stepRef: 'HH-00001', stepLabel: 'Aanmaning', objection: null, closed: true });
  });

  it('keeps the data of one facility apart from another', async () => {
    const body = await inspectionsOf(careHome.id);
    expect(body.reports.map((r: { reportRef: string }) => r.reportRef)).toEqual(['ZI-2025-000201']);
    expect(body.enforcement.open.map((s: { stepRef: string }) => s.stepRef)).toEqual(['HH-00004']);
    expect(body.enforcement.closed).toEqual([]);
  });

  it('answers empty lists for a facility without inspection data', async () => {
    expect(await inspectionsOf(empty.id)).toMatchObject({ reports: [], followUp: null, enforcement: { open: [], closed: [] } });
  });

  it('gives one full report, saying whether a later one exists', async () => {
    const res = await api.request(`/api/facilities/${childcare.id}/inspections/${reportIds['ZI-2024-000103']}`);
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body).toMatchObject({ facilityId: childcare.id, latest: false, report: { reportRef: 'ZI-2024-000103', kindLabel: 'Gepland' } });
    expect(body.agency.shortName).toBe('Opgroeien');
    const newest = await json(await api.request(`/api/facilities/${childcare.id}/inspections/${reportIds['ZI-2025-000102']}`));
    expect(newest.latest).toBe(true);
    expect(newest.report.conditions).toHaveLength(3);
  });

  it('answers 404 for an unknown facility, an unknown report and a report of another facility', async () => {
    const unknownFacility = await api.request('/api/facilities/999999/inspections');
    expect(unknownFacility.status).toBe(404);
    expect((await json(unknownFacility)).error.code).toBe('not_found');
    expect((await api.request(`/api/facilities/999999/inspections/${reportIds['ZI-2025-000102']}`)).status).toBe(404);
    expect((await api.request(`/api/facilities/${childcare.id}/inspections/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    const otherFacility = await api.request(`/api/facilities/${careHome.id}/inspections/${reportIds['ZI-2025-000102']}`);
    expect(otherFacility.status).toBe(404);
    expect((await json(otherFacility)).error.message).toMatch(/verslag/);
  });

  it('answers 400 for an id that is not a number and a report id that is not a uuid', async () => {
    const badFacility = await api.request('/api/facilities/abc/inspections');
    expect(badFacility.status).toBe(400);
    expect((await json(badFacility)).error.details[0].path).toBe('id');
    expect((await api.request('/api/facilities/0/inspections')).status).toBe(400);
    const badReport = await api.request(`/api/facilities/${childcare.id}/inspections/verslag-1`);
    expect(badReport.status).toBe(400);
    expect((await json(badReport)).error.details[0].path).toBe('reportId');
  });

  it('documents both routes in the OpenAPI document', async () => {
    const doc = await json(await api.request('/api/openapi.json'));
    const list = doc.paths['/api/facilities/{id}/inspections']?.get;
    const one = doc.paths['/api/facilities/{id}/inspections/{reportId}']?.get;
    expect(list).toMatchObject({ tags: ['Inspectie'], summary: expect.stringMatching(/inspectieverslagen/i) });
    expect(Object.keys(list.responses).sort()).toEqual(['200', '400', '404']);
    expect(one).toMatchObject({ tags: ['Inspectie'], summary: expect.stringMatching(/inspectieverslag/i) });
    expect(Object.keys(one.responses).sort()).toEqual(['200', '400', '404']);
  });
});
