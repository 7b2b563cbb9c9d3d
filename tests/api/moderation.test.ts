import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { memberships, outboxEmails, reviews, users } from '@zorgwaardering/db';
import { databaseKinds } from '../support/databases';
import { createTestApi, type TestApi } from '../support/api';
import { json } from '../support/http';
import { createFacility, revisionsOf } from '../support/fixtures';

const thisMonth = () => new Date().toISOString().slice(0, 7);
const TEXT =
  'Onze zoon gaat hier drie dagen per week naartoe. De begeleiders zijn warm en betrokken, en we krijgen elke dag een kort verslag van zijn dag.';

describe.each(databaseKinds)('the editorial desk (%s)', (kind) => {
  let api: TestApi;
  let facilityId: number;
  let parent: string;
  let editor: string;
  let editor2: string;
  beforeAll(async () => {
    api = await createTestApi(kind);
  });
  afterAll(() => api.close());
  beforeEach(async () => {
    api.clock.reset();
    await api.database.reset();
    const facility = await createFacility(api.database.db, { name: 'Kinderopvang Het Nestje' });
    facilityId = facility.id;
    await api.database.db.insert(users).values([
      { email: 'lotte@redactie.test', firstName: 'Lotte', lastName: 'Peeters', roles: ['editor'] },
      { email: 'jonas@redactie.test', firstName: 'Jonas', lastName: 'Wouters', roles: ['editor'] },
      { email: 'beheer@voorziening.test', firstName: 'Ann', lastName: 'Maes' },
    ]);
    const [rep] = await api.database.db.select().from(users).where(eq(users.email, 'beheer@voorziening.test'));
    await api.database.db.insert(memberships).values({ userId: rep!.id, organisationId: facility.organisationId, role: 'manager' });
    [parent, editor, editor2] = [await api.signIn('sofie@example.be'), await api.signIn('lotte@redactie.test'), await api.signIn('jonas@redactie.test')];
  });

  const submit = async (text = TEXT) => {
    const res = await api.request('/api/reviews', {
      json: {
        facilityId,
        ratings: { communicatie: 5, respect: 5, inspraak: 4, veiligheid: 5, begeleiding: 5, welbevinden: 5, omgeving: 4, organisatie: 4 },
        text,
        relationship: 'ouder',
        periodFrom: thisMonth(),
        periodTo: thisMonth(),
        author: { firstName: 'Sofie', lastName: 'Claes' },
      },
      cookie: parent,
    });
    expect(res.status).toBe(201);
    return (await json(res)).id as string;
  };
  const queue = async (name = 'new', cookie = editor) => json(await api.request(`/api/moderation/queue?queue=${name}`, { cookie }));
  const itemFor = async (reviewId: string, name = 'new') => (await queue(name)).items.find((i: { reviewId: string }) => i.reviewId === reviewId);
  const claim = (itemId: string, cookie = editor) => api.request(`/api/moderation/items/${itemId}/claim`, { method: 'POST', cookie });
  const decide = (itemId: string, body: Record<string, unknown>, cookie = editor) =>
    api.request(`/api/moderation/items/${itemId}/decision`, { json: body, cookie });
  const mailsTo = async (to: string) => {
    await api.deps.outbox.drain();
    return (await json(await api.request(`/api/dev/mailbox?to=${encodeURIComponent(to)}`))).messages as { subject: string; text: string }[];
  };

  it('submit, claim and publish: the review is public, counts in the scores, and author and facility hear of it', async () => {
    const reviewId = await submit();
    const listed = await queue();
    expect(listed.counts.new).toBe(1);
    const item = listed.items[0];
    expect(item).toMatchObject({ kind: 'review_revision', reviewId, facility: { id: facilityId, name: 'Kinderopvang Het Nestje' }, claim: null, version: 1 });
    expect(new Date(item.dueAt).getTime()).toBeGreaterThan(Date.now() + 4 * 86_400_000);

    expect((await claim(item.id)).status).toBe(200);
    const detail = await json(await api.request(`/api/moderation/items/${item.id}`, { cookie: editor }));
    expect(detail.author).toMatchObject({ name: 'Sofie Claes', email: 'sofie@example.be', reviewCount: 1 });
    expect(detail.claim.name).toBe('Lotte Peeters');
    expect(detail.revision.text).toBe(TEXT);
    expect(detail.statementTemplates.personal_data.statement).toContain('Kinderopvang Het Nestje');

    const res = await decide(item.id, { decision: 'publish', version: detail.version });
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({ decision: 'publish', state: 'decided', reviewStatus: 'published' });

    const page = await json(await api.request(`/api/facilities/${facilityId}/reviews`));
    expect(page.items.map((r: { id: string }) => r.id)).toEqual([reviewId]);
    const facility = await json(await api.request(`/api/facilities/${facilityId}`));
    expect(facility.reviewCount).toBe(1);
    expect(facility.themes[0].count).toBe(1);

    expect((await mailsTo('sofie@example.be')).map((m) => m.subject)).toContain('Je waardering over Kinderopvang Het Nestje is gepubliceerd');
    const facilityMail = (await mailsTo('beheer@voorziening.test'))[0]!;
    expect(facilityMail.subject).toBe('Nieuwe waardering over Kinderopvang Het Nestje');
    expect(facilityMail.text).not.toContain('Sofie');
    expect(facilityMail.text).not.toContain('sofie@example.be');
    expect((await queue()).counts).toMatchObject({ new: 0, decided: 1 });
  });

  it('two editors claim at once: one gets it, the other hears who has it', async () => {
    await submit();
    const item = (await queue()).items[0];
    const results = await Promise.all([claim(item.id, editor), claim(item.id, editor2)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const refused = await json(results.find((r) => r.status === 409)!);
    expect(refused.error.code).toBe('claimed');
    expect(refused.error.message).toMatch(/(Lotte Peeters|Jonas Wouters) behandelt dit item al/);
  });

  it('a claim expires after 15 minutes and another editor can take over', async () => {
    await submit();
    const item = (await queue()).items[0];
    expect((await claim(item.id, editor)).status).toBe(200);
    expect((await claim(item.id, editor2)).status).toBe(409);
    api.clock.advance(16 * 60_000);
    expect((await claim(item.id, editor2)).status).toBe(200);
    const late = await decide(item.id, { decision: 'publish', version: item.version }, editor);
    expect(late.status).toBe(409);
    expect((await json(late)).error.code).toBe('not_claimed');
  });

  it('a decision with a stale version is refused and changes nothing', async () => {
    const reviewId = await submit();
    const item = (await queue()).items[0];
    await claim(item.id);
    // the author edits meanwhile: the item now points at the new text
    await api.request(`/api/reviews/${reviewId}`, {
      method: 'PATCH',
      json: { ratings: { communicatie: 4, respect: 4, inspraak: 4, veiligheid: 4 }, text: `${TEXT} Aangevuld.`, relationship: 'ouder', periodFrom: thisMonth(), periodTo: thisMonth() },
      cookie: parent,
    });
    const res = await decide(item.id, { decision: 'publish', version: item.version });
    expect(res.status).toBe(409);
    expect((await json(res)).error.code).toBe('stale_version');
    const [review] = await api.database.db.select().from(reviews).where(eq(reviews.id, reviewId));
    expect(review).toMatchObject({ status: 'pending', publishedRevisionId: null });
    expect((await queue()).counts.new).toBe(1);
  });

  it('request changes, the author edits, the new revision comes back and is published', async () => {
    const reviewId = await submit(`${TEXT} Juf Sofie is de beste.`);
    const item = (await queue()).items[0];
    await claim(item.id);
    const res = await decide(item.id, { decision: 'request_changes', reasonCodes: ['personal_data'], version: item.version });
    expect(res.status).toBe(200);
    expect((await json(res)).reviewStatus).toBe('changes_requested');
    const mail = (await mailsTo('sofie@example.be')).find((m) => m.subject.startsWith('Wil je je waardering'))!;
    expect(mail.text).toContain('herkenbaar');
    expect((await queue('changes_requested')).items.map((i: { reviewId: string }) => i.reviewId)).toEqual([reviewId]);

    const edit = await api.request(`/api/reviews/${reviewId}`, {
      method: 'PATCH',
      json: { ratings: { communicatie: 5, respect: 5, inspraak: 4, veiligheid: 5 }, text: TEXT, relationship: 'ouder', periodFrom: thisMonth(), periodTo: thisMonth() },
      cookie: parent,
    });
    expect(edit.status).toBe(200);
    const next = await itemFor(reviewId);
    expect(next.id).not.toBe(item.id);
    await claim(next.id);
    const detail = await json(await api.request(`/api/moderation/items/${next.id}`, { cookie: editor }));
    expect(detail.diff.some((part: { op: string; text: string }) => part.op === 'delete' && part.text.includes('Sofie'))).toBe(true);
    expect((await decide(next.id, { decision: 'publish', version: next.version })).status).toBe(200);
    const page = await json(await api.request(`/api/facilities/${facilityId}/reviews`));
    expect(page.items[0].text).toBe(TEXT);
  });

  it('publish with an edit: the editor revision is public, the author revision kept, the author told', async () => {
    const reviewId = await submit(`${TEXT} Juf Sofie is de beste.`);
    const item = (await queue()).items[0];
    await claim(item.id);
    const res = await decide(item.id, { decision: 'publish_edited', reasonCodes: ['personal_data'], editedText: `${TEXT} De begeleidster is de beste.`, version: item.version });
    expect(res.status).toBe(200);
    const page = await json(await api.request(`/api/facilities/${facilityId}/reviews`));
    expect(page.items[0]).toMatchObject({ text: `${TEXT} De begeleidster is de beste.`, editedByEditors: true });
    const revisions = await revisionsOf(api.database.db, reviewId);
    expect(revisions.map((r) => r.source)).toEqual(['author', 'editor']);
    expect(revisions[0]!.text).toContain('Juf Sofie');
    expect((await mailsTo('sofie@example.be')).some((m) => m.subject.includes('met een aanpassing'))).toBe(true);
  });

  it('reject, appeal, the first editor may not decide the appeal, the second overturns and it is published', async () => {
    const reviewId = await submit();
    const item = (await queue()).items[0];
    await claim(item.id, editor);
    const rejected = await decide(item.id, { decision: 'reject', reasonCodes: ['off_topic'], version: item.version }, editor);
    expect(rejected.status).toBe(200);
    const statement = (await mailsTo('sofie@example.be')).find((m) => m.subject.includes('niet gepubliceerd'))!;
    expect(statement.text).toContain('Wat we beslisten');
    expect(statement.text).toContain('gedragscode');
    expect(statement.text).toMatch(/beroep .* tot en met \d+ \w+ \d{4}/s);
    expect(statement.text).toMatch(/geen automatische detectie/);

    const mine = (await json(await api.request('/api/me/reviews', { cookie: parent }))).items[0];
    expect(mine.editorMessage).toMatchObject({ decision: 'reject', statement: expect.stringContaining('Kinderopvang Het Nestje'), appealed: false });
    expect(new Date(mine.editorMessage.appealableUntil).getTime()).toBeGreaterThan(Date.now() + 170 * 86_400_000);

    const appeal = await api.request(`/api/reviews/${reviewId}/appeal`, { json: { text: 'Mijn tekst gaat wel degelijk over de opvang zelf.' }, cookie: parent });
    expect(appeal.status).toBe(201);
    const again = await api.request(`/api/reviews/${reviewId}/appeal`, { json: { text: 'Mijn tekst gaat wel degelijk over de opvang zelf.' }, cookie: parent });
    expect((await json(again)).error.code).toBe('already_appealed');

    const appealItem = (await queue('appeals')).items[0];
    expect(appealItem.kind).toBe('appeal');
    expect((await claim(appealItem.id, editor)).status).toBe(403);
    expect((await claim(appealItem.id, editor2)).status).toBe(200);
    const overturned = await decide(appealItem.id, { decision: 'overturn', statement: 'De tekst gaat over de opvang.', version: appealItem.version }, editor2);
    expect(overturned.status).toBe(200);
    expect((await json(overturned)).reviewStatus).toBe('published');
    expect((await json(await api.request(`/api/facilities/${facilityId}/reviews`))).total).toBe(1);
    const detail = await json(await api.request(`/api/moderation/items/${item.id}`, { cookie: editor2 }));
    expect(detail.decisions.find((d: { decision: string }) => d.decision === 'reject').overruledAt).not.toBeNull();
    expect((await mailsTo('sofie@example.be')).some((m) => m.subject.startsWith('Uitkomst van je beroep'))).toBe(true);
  });

  it('an appeal after six months is refused', async () => {
    const reviewId = await submit();
    const item = (await queue()).items[0];
    await claim(item.id);
    await decide(item.id, { decision: 'reject', reasonCodes: ['other'], statement: 'Toelichting.', version: item.version });
    api.clock.advance(190 * 86_400_000);
    const res = await api.request(`/api/reviews/${reviewId}/appeal`, { json: { text: 'Ik ben het er echt niet mee eens.' }, cookie: parent });
    expect(res.status).toBe(409);
    expect((await json(res)).error.code).toBe('appeal_window_closed');
  });

  it('escalate: the escalating editor cannot decide, a second editor can', async () => {
    await submit();
    const item = (await queue()).items[0];
    await claim(item.id, editor);
    expect((await decide(item.id, { decision: 'escalate', statement: 'Twijfel over de herkenbaarheid.', version: item.version }, editor)).status).toBe(200);
    const escalated = (await queue('escalated')).items[0];
    expect(escalated.id).toBe(item.id);
    expect((await claim(item.id, editor)).status).toBe(403);
    expect((await claim(item.id, editor2)).status).toBe(200);
    expect((await decide(item.id, { decision: 'publish', version: escalated.version }, editor2)).status).toBe(200);
  });

  it('refer: the author gets the official reporting channels and the review stays offline', async () => {
    await submit(`${TEXT} Maar ik zag hoe een kind hardhandig werd vastgepakt en door elkaar geschud.`);
    const item = (await queue()).items[0];
    await claim(item.id);
    expect((await decide(item.id, { decision: 'refer', reasonCodes: ['criminal_allegation'], version: item.version })).status).toBe(200);
    const mail = (await mailsTo('sofie@example.be')).find((m) => m.subject.includes('ernstige zorgen'))!;
    expect(mail.text).toContain('Opgroeien');
    expect(mail.text).toContain('112');
    expect((await json(await api.request(`/api/facilities/${facilityId}/reviews`))).total).toBe(0);
  });

  it('a notice on a published review: receipt confirmed, removed, both told, gone from the page', async () => {
    const reviewId = await submit();
    const item = (await queue()).items[0];
    await claim(item.id);
    await decide(item.id, { decision: 'publish', version: item.version });

    const notice = await api.request(`/api/reviews/${reviewId}/notices`, {
      json: { reason: 'conflict_of_interest', explanation: 'Deze tekst komt van een concurrent uit de buurt.', email: 'melder@example.be' },
    });
    expect(notice.status).toBe(201);
    expect((await mailsTo('melder@example.be'))[0]!.subject).toMatch(/ontvangen/);

    const noticeItem = (await queue('notices')).items[0];
    await claim(noticeItem.id, editor2);
    const removed = await decide(noticeItem.id, { decision: 'remove', reasonCodes: ['conflict_of_interest'], version: noticeItem.version }, editor2);
    expect(removed.status).toBe(200);
    expect((await json(removed)).reviewStatus).toBe('removed');
    expect((await json(await api.request(`/api/facilities/${facilityId}/reviews`))).total).toBe(0);
    expect((await json(await api.request(`/api/facilities/${facilityId}`))).reviewCount).toBe(0);
    expect((await mailsTo('melder@example.be')).some((m) => m.subject.startsWith('Uitkomst van je melding'))).toBe(true);
    expect((await mailsTo('sofie@example.be')).some((m) => m.subject.includes('is verwijderd'))).toBe(true);
  });

  it('a notice needs a published review, a reason and an e-mail address', async () => {
    const reviewId = await submit();
    const pending = await api.request(`/api/reviews/${reviewId}/notices`, { json: { reason: 'other', explanation: 'Iets klopt hier niet.', email: 'x@example.be' } });
    expect(pending.status).toBe(404);
    const bad = await api.request(`/api/reviews/${reviewId}/notices`, { json: { reason: 'zomaar', explanation: 'kort', email: 'geen' } });
    expect(bad.status).toBe(400);
    expect((await json(bad)).error.details.map((d: { path: string }) => d.path).sort()).toEqual(['email', 'explanation', 'reason']);
  });

  it('parents, facility representatives and anonymous visitors cannot use any moderation route', async () => {
    const reviewId = await submit();
    const item = (await queue()).items[0];
    const rep = await api.signIn('beheer@voorziening.test');
    const routes: [string, string][] = [
      ['GET', '/api/moderation/queue'],
      ['GET', `/api/moderation/items/${item.id}`],
      ['POST', `/api/moderation/items/${item.id}/claim`],
      ['POST', `/api/moderation/items/${item.id}/release`],
      ['POST', `/api/moderation/items/${item.id}/decision`],
      ['GET', `/api/moderation/items/${item.id}/history`],
    ];
    for (const [method, path] of routes) {
      for (const cookie of [parent, rep]) {
        const res = await api.request(path, { method, cookie, ...(method === 'POST' ? { json: { decision: 'publish', version: 1 } } : {}) });
        expect(res.status, `${method} ${path}`).toBe(403);
      }
      const anonymous = await api.request(path, { method, ...(method === 'POST' ? { json: {} } : {}) });
      expect(anonymous.status).toBe(401);
    }
    const [review] = await api.database.db.select().from(reviews).where(eq(reviews.id, reviewId));
    expect(review!.status).toBe('pending');
  });

  it('keeps a complete audit trail of an item', async () => {
    const reviewId = await submit();
    const item = (await queue()).items[0];
    await claim(item.id);
    await decide(item.id, { decision: 'reject', reasonCodes: ['unreadable'], version: item.version });
    const { events } = await json(await api.request(`/api/moderation/items/${item.id}/history`, { cookie: editor }));
    expect(events.map((e: { action: string }) => e.action)).toEqual(['review.submitted', 'moderation.claimed', 'moderation.reject']);
    const decision = events[2];
    expect(decision).toMatchObject({
      actorKind: 'editor',
      actorName: 'Lotte Peeters',
      data: { reviewId, reasonCodes: ['unreadable'], before: { itemState: 'open', reviewStatus: 'pending' }, after: { itemState: 'decided', reviewStatus: 'rejected' } },
    });
  });

  it('publishes figures on the editorial work', async () => {
    const reviewId = await submit();
    const item = (await queue()).items[0];
    await claim(item.id);
    await decide(item.id, { decision: 'reject', reasonCodes: ['off_topic', 'unreadable'], version: item.version });
    await api.request(`/api/reviews/${reviewId}/appeal`, { json: { text: 'Ik ben het er echt niet mee eens.' }, cookie: parent });
    const report = await json(await api.request('/api/transparency'));
    expect(report.decisions).toMatchObject({
      total: 1,
      byDecision: [{ decision: 'reject', count: 1 }],
      // in the order of the code of conduct's catalogue
      byReasonCode: [
        { reasonCode: 'unreadable', count: 1 },
        { reasonCode: 'off_topic', count: 1 },
      ],
      automatedDetectionShare: 0,
    });
    expect(report.decisions.medianHoursToDecision).toBeGreaterThanOrEqual(0);
    expect(report.appeals).toEqual({ received: 1, decided: 0, overturned: 0 });
    expect((await api.request('/api/transparency?from=2026-05-01&to=2026-01-01')).status).toBe(400);
  });

  it('sends a decision mail once, also when the worker restarts after the commit', async () => {
    await submit();
    const item = (await queue()).items[0];
    await claim(item.id);
    await api.deps.outbox.stop();
    expect((await decide(item.id, { decision: 'publish', version: item.version })).status).toBe(200);
    // the mail waits in the outbox, committed with the decision
    const waiting = await api.database.db.select().from(outboxEmails).where(eq(outboxEmails.status, 'pending'));
    expect(waiting.some((m) => m.to === 'sofie@example.be')).toBe(true);
    await Promise.all([api.deps.outbox.drain(), api.deps.outbox.drain()]);
    const published = (await mailsTo('sofie@example.be')).filter((m) => m.subject.endsWith('is gepubliceerd'));
    expect(published).toHaveLength(1);
  });
});

describe('taking the next item', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi('pglite');
  });
  afterAll(() => api.close());

  it('gives two editors different items, most urgent first, and null when the queue is empty', async () => {
    const facility = await createFacility(api.database.db);
    await api.database.db.insert(users).values([
      { email: 'a@redactie.test', roles: ['editor'] },
      { email: 'b@redactie.test', roles: ['editor'] },
    ]);
    const [a, b] = [await api.signIn('a@redactie.test'), await api.signIn('b@redactie.test')];
    for (const email of ['een@example.be', 'twee@example.be']) {
      const cookie = await api.signIn(email);
      const month = new Date().toISOString().slice(0, 7);
      await api.request('/api/reviews', {
        json: {
          facilityId: facility.id,
          ratings: { communicatie: 4, respect: 4, inspraak: 4, veiligheid: 4 },
          text: 'Een degelijke opvang met vriendelijke begeleiders en duidelijke afspraken over het ophalen.',
          relationship: 'ouder',
          periodFrom: month,
          periodTo: month,
          author: { firstName: 'Test', lastName: email },
        },
        cookie,
      });
    }
    const [first, second] = await Promise.all([
      json(await api.request('/api/moderation/next', { method: 'POST', cookie: a })),
      json(await api.request('/api/moderation/next', { method: 'POST', cookie: b })),
    ]);
    expect(first.item.id).not.toBe(second.item.id);
    const third = await json(await api.request('/api/moderation/next', { method: 'POST', cookie: a }));
    expect(third.item.id).toBe(first.item.id); // one's own claim is handed back
    const other = await api.signIn('a@redactie.test');
    expect((await json(await api.request('/api/moderation/next?queue=appeals', { method: 'POST', cookie: other }))).item).toBeNull();
  });
});
