import { describe, expect, it } from 'vitest';
import { BOTTOM, TOP, evidence, flagsOf, prior, run } from '../test/helpers';

const safety = (text: string) => flagsOf(text, 'safety');
const reliability = async (text: string, extra = {}, context = {}) => (await flagsOf(text, 'reliability', extra, context)).map((f) => f.code);

describe('safety signals', () => {
  it.each([
    ['violence', 'Ik zag hoe de begeleider onze peuter een mep tegen zijn hoofd gaf omdat hij niet stil zat.'],
    ['pulling hair', 'Ze heeft mijn dochter aan haar haren getrokken tot ze huilde, dat heb ik zelf gezien.'],
    ['tying down', 'Mijn vader wordt elke nacht met een band aan zijn bed vastgebonden, zonder overleg met ons.'],
    ['locking up', 'Als hij lastig is, wordt hij in de berging opgesloten tot hij kalmeert.'],
    ['force-feeding', 'De verzorgster duwde de lepel in haar mond tot ze kokhalsde, ook al wilde ze niet meer.'],
    ['neglect', 'Mijn grootmoeder zat bij elk bezoek in een volle pamper en niemand kwam haar verschonen.'],
    ['drunk staff', 'De nachtverpleger stonk naar drank en kon nauwelijks recht blijven staan.'],
    ['sexual misconduct', 'Een begeleider stuurde mijn dochter van veertien laat op de avond berichtjes via Instagram en zei dat het hun geheimpje was.'],
    ['danger', 'Onze zoon van twee is weggelopen zonder dat iemand het merkte en stond alleen op straat.'],
  ])('holds an allegation of %s', async (_kind, text) => {
    const report = await run(text);
    const flag = report.flags.find((f) => f.category === 'safety');
    expect(flag?.severity).toBe('high');
    expect(report.suggestion).toBe('hold');
    expect(report.riskScore).toBe(100);
    expect(flag?.hint).toMatch(/Opgroeien/);
  });

  it('points residents of elderly care to the channels of their sector', async () => {
    const report = await run('De verzorger was dronken tijdens zijn nachtdienst.', { sector: 'ouderenzorg' });
    expect(report.flags.find((f) => f.category === 'safety')?.hint).toMatch(/1700/);
  });

  it.each([
    'De begeleiders roepen nooit, ook niet als het druk is.',
    'Hier wordt niemand vastgebonden of opgesloten, ze werken met een rustig hoekje.',
    'Ik heb nooit gezien dat ze een kind sloegen of uitscholden.',
    'Onze zoon viel van de glijbaan en had een schaafwonde; de juf belde ons meteen.',
    'Dat slaat nergens op: de prijs ging omhoog zonder uitleg.',
    'We klappen samen in de handjes bij het liedje, en ze spelen tikkertje op de speelplaats.',
    'De directie sloeg alarm toen er te weinig personeel was, en de ouders sloegen de handen in elkaar.',
    'Te weinig personeel en het eten is matig, maar de zorg is goed.',
  ])('does not flag %s', async (text) => {
    expect(await safety(text)).toEqual([]);
  });
});

describe('reliability: near-duplicates', () => {
  const earlier = 'Wij zijn heel blij met deze opvang: de begeleidsters zijn warm, het eten is vers en er wordt elke dag buiten gespeeld in de grote tuin.';
  const copy = 'Wij zijn erg blij met deze opvang: de begeleidsters zijn warm, het eten is vers en er wordt elke dag buiten gespeeld in de mooie tuin.';

  it('finds a near-duplicate by another author and names the earlier submission', async () => {
    const report = await run(copy, {}, { similarCandidates: [prior('p-1', earlier)] });
    const flag = report.flags.find((f) => f.code === 'near-duplicate');
    expect(flag?.related).toEqual(['p-1']);
  });
  it('finds a near-duplicate by the same author about another facility', async () => {
    expect(await reliability(copy, {}, { authorHistory: [prior('p-1', earlier, { authorId: 'author-1', facilityId: 'fac-9' })] })).toEqual(['near-duplicate-own']);
  });
  it('leaves the same author on the same facility to the interval check, and different texts alone', async () => {
    expect(await reliability(copy, {}, { authorHistory: [prior('p-1', earlier, { authorId: 'author-1', submittedAt: '2025-01-01T00:00:00Z' })] })).toEqual([]);
    expect(await reliability('De opvang is klein en huiselijk, met een onthaalmoeder die veel tijd maakt voor elk kind.', {}, { similarCandidates: [prior('p-1', earlier)] })).toEqual([]);
  });
});

describe('reliability: bursts and shared networks', () => {
  const text = 'Een fijne opvang met lieve begeleiding, onze zoon gaat er heel graag naartoe.';
  it('flags the third submission for one facility within 24 hours, not the second', async () => {
    const two = [prior('p-1', 'a', { submittedAt: '2026-05-01T02:00:00Z', authorId: 'x' }), prior('p-2', 'b', { submittedAt: '2026-05-01T09:00:00Z', authorId: 'y' })];
    expect(await reliability(text, {}, { facilityRecent: two })).toEqual(['burst']);
    expect(await reliability(text, {}, { facilityRecent: two.slice(1) })).toEqual([]);
    const old = [prior('p-1', 'a', { submittedAt: '2026-04-29T02:00:00Z' }), prior('p-2', 'b', { submittedAt: '2026-05-01T09:00:00Z' })];
    expect(await reliability(text, {}, { facilityRecent: old })).toEqual([]);
  });
  it('flags a second author from the same ip hash on the same facility within 30 days', async () => {
    const context = { account: { ipHash: 'h-9' }, facilityRecent: [prior('p-1', 'x', { ipHash: 'h-9', submittedAt: '2026-04-20T10:00:00Z' })] };
    expect(await reliability(text, {}, context)).toEqual(['shared-network']);
    const sameAuthor = { ...context, facilityRecent: [prior('p-1', 'x', { ipHash: 'h-9', authorId: 'author-1' })] };
    expect(await reliability(text, {}, sameAuthor)).toEqual([]);
    const longAgo = { ...context, facilityRecent: [prior('p-1', 'x', { ipHash: 'h-9', submittedAt: '2026-03-01T10:00:00Z' })] };
    expect(await reliability(text, {}, longAgo)).toEqual([]);
  });
});

describe('reliability: what the text says', () => {
  it('finds texts written by staff or the owner', async () => {
    expect(await reliability('Als kinderbegeleidster in deze opvang kan ik zeggen dat wij er alles aan doen voor de kinderen.')).toEqual(['staff-author']);
    expect(await reliability('Ik ben de eigenaar van deze crèche en wil even rechtzetten wat hier geschreven wordt.')).toEqual(['staff-author']);
  });
  it('does not take a parent who works in care for staff', async () => {
    expect(await reliability('Ik werk zelf als verpleegkundige in een ziekenhuis en vind de zorg hier heel professioneel.')).toEqual([]);
  });
  it('finds links and advertising, but not the public services', async () => {
    expect(await reliability('Fijne opvang! Kijk ook eens op www.babyboetiek-lotje.be voor leuke rompertjes.')).toEqual(['link']);
    expect(await reliability('Met de kortingscode ZOMER15 krijg je 15% korting in onze webshop.')).toEqual(['advertising']);
    expect(await reliability('Ik heb mijn klacht ingediend via www.opgroeien.be, zoals de opvang aanraadde.')).toEqual([]);
  });
  it('finds promotion of another facility', async () => {
    expect(await reliability('Niet slecht, maar kies toch liever voor het kinderdagverblijf hiernaast: daar zijn ze veel flexibeler.')).toEqual(['other-facility']);
  });
  it('finds boundless claims, not ordinary praise', async () => {
    expect(await reliability('De allerbeste opvang van heel Vlaanderen, ze maken nooit een fout en er is nog nooit een kind ziek geweest.')).toEqual(['implausible-claim']);
    expect(await reliability('De beste opvang die we ons konden wensen, we zijn heel tevreden.')).toEqual([]);
  });
  it('finds announced revenge, not a resolved dispute', async () => {
    expect(await reliability('Na de ruzie over de factuur zal ik ervoor zorgen dat alle ouders weten wat voor volk dit is. Dat zullen ze zich nog beklagen.')).toEqual(['revenge']);
    expect(await reliability('We hadden een discussie over de factuur, maar de verantwoordelijke heeft het correct opgelost.')).toEqual([]);
  });
  it('flags insults, never fair criticism such as "incompetent"', async () => {
    expect(await reliability('Die trut aan het onthaal snauwt iedereen af.')).toEqual(['insult']);
    expect(await reliability('Ik vond de aanpak incompetent en de communicatie ondermaats.', { ratings: BOTTOM })).toEqual([]);
  });
  it('finds ratings that contradict the text, in both directions', async () => {
    expect(await reliability('Een grote teleurstelling: vuile lokalen, onvriendelijke begeleiders en nooit bereikbaar. Niet aan te raden.', { ratings: TOP })).toEqual([
      'rating-contradiction',
    ]);
    expect(await reliability('Fantastische opvang met lieve, geduldige juffen. Echt een aanrader, we zijn superblij!', { ratings: BOTTOM })).toEqual(['rating-contradiction']);
    expect(await reliability('Niet tevreden: de communicatie is slecht en de facturen kloppen nooit.', { ratings: BOTTOM })).toEqual([]);
  });
  it('shows where a cue is', async () => {
    const text = 'Ik werk hier al tien jaar en kan het iedereen aanraden.';
    const flag = (await flagsOf(text, 'staff-author'))[0];
    expect(evidence(text, flag)).toEqual(['Ik werk hier']);
  });
});

describe('resubmission interval', () => {
  const text = 'Een update: sinds de nieuwe verantwoordelijke er is, verloopt alles vlotter en is de communicatie beter.';
  const interval = async (extra = {}, context = {}) => (await flagsOf(text, 'interval', extra, context)).map((f) => f.code);

  it('flags the same author on the same facility within the sector interval', async () => {
    const history = [prior('p-1', 'x', { authorId: 'author-1', submittedAt: '2026-02-01T12:00:00Z' })];
    expect(await interval({}, { authorHistory: history })).toEqual(['resubmission']);
  });
  it('does not flag after the interval, on another facility, or a revision of the same review', async () => {
    expect(await interval({}, { authorHistory: [prior('p-1', 'x', { authorId: 'author-1', submittedAt: '2025-10-01T12:00:00Z' })] })).toEqual([]);
    expect(await interval({}, { authorHistory: [prior('p-1', 'x', { authorId: 'author-1', facilityId: 'fac-2' })] })).toEqual([]);
    expect(await interval({ reviewId: 'r-1' }, { authorHistory: [prior('p-1', 'x', { authorId: 'author-1', reviewId: 'r-1' })] })).toEqual([]);
  });
  it('suspects the same person behind another account: same ip hash, same facility, nearly the same text', async () => {
    const context = { account: { ipHash: 'h-1' }, facilityRecent: [prior('p-1', text.replace('vlotter', 'beter'), { ipHash: 'h-1', authorId: 'author-7' })] };
    expect(await interval({}, context)).toEqual(['resubmission-other-account']);
  });
});

describe("a facility's response", () => {
  it('is screened for personal data, safety and form, not for being written by staff or for its interval', async () => {
    const text = 'Als verantwoordelijke van deze opvang danken we u voor uw feedback. Juf Ilse neemt contact met u op.';
    const report = await run(text, { kind: 'response', ratings: {} }, { authorHistory: [prior('p-1', 'x', { authorId: 'author-1' })] });
    expect(report.flags.map((f) => f.code)).toEqual(['person-name']);
  });
});
