import { describe, expect, it } from 'vitest';
import type { ItemDetail } from '../moderation/types';
import { flagBadges, itemView } from './moderation-view';

const TEXT = 'Juf Marieke is heel lief voor onze dochter en vertelt elke dag hoe het ging.';
const ME = 'aaaaaaaa-0000-4000-8000-000000000001';
const OTHER = 'aaaaaaaa-0000-4000-8000-000000000002';

function detail(overrides: Partial<ItemDetail> = {}): ItemDetail {
  const revision = {
    id: 'rev-1',
    number: 1,
    source: 'author' as const,
    ratings: { communicatie: 5, respect: 4, inspraak: null, veiligheid: 5 },
    text: TEXT,
    relationship: 'ouder',
    relationshipLabel: 'Ouder',
    periodFrom: '2026-01',
    periodTo: '2026-03',
    displayLabel: null,
    createdAt: '2026-03-10T09:00:00Z',
  };
  return {
    id: 'item-1',
    kind: 'review_revision',
    state: 'open',
    version: 1,
    createdAt: '2026-03-10T09:00:00Z',
    dueAt: '2026-03-17T09:00:00Z',
    overdue: false,
    claim: null,
    escalatedBy: null,
    riskScore: 40,
    safety: false,
    prescreen: {
      riskScore: 40,
      suggestion: 'review',
      flags: [
        { category: 'readability', code: 'spelling', severity: 'info', message: 'Enkele spelfouten.', spans: [] },
        {
          category: 'privacy',
          code: 'person-name',
          severity: 'high',
          message: 'Naam van een medewerker.',
          hint: 'Schrijf ‘de begeleidster’.',
          spans: [{ start: 0, end: 11 }],
          redaction: [{ start: 0, end: 11, replacement: 'de begeleidster' }],
        },
        { category: 'safety', code: 'safety-allegation', severity: 'high', message: 'Mogelijk gevaar.', spans: [{ start: 200, end: 210 }] },
      ],
    },
    review: { id: 'review-1', status: 'pending', published: false },
    revision,
    revisions: [revision],
    diff: null,
    author: { id: 'author', name: 'Sofie Peeters', email: 'sofie@example.be', memberSince: '2025-01-01T00:00:00Z', reviewCount: 1, decisions: [] },
    facility: { id: 1, name: 'Kinderdagverblijf De Speelvogel', sector: 'kinderopvang', municipality: 'Gent', capacity: 18, reviewsLast30Days: 1, itemsWaiting: 1 },
    decisions: [],
    notice: null,
    appeal: null,
    statementTemplates: { personal_data: { label: 'Persoonsgegevens', rule: 'Punt 2', statement: 'Er staat een naam in.' } },
    ...overrides,
  };
}

describe('the item as the editor sees it', () => {
  it('lists safety first, numbers the flags and marks the passage they point at', () => {
    const view = itemView(detail(), { id: ME });
    expect(view.prescreen?.flags.map((flag) => [flag.number, flag.category])).toEqual([
      [1, 'safety'],
      [2, 'privacy'],
      [3, 'readability'],
    ]);
    expect(view.safety).toBe(true);
    expect(view.segments[0]).toEqual({ text: 'Juf Marieke', flags: [2], ends: [2] });
    expect(view.proposals).toMatchObject([{ id: '2.1', original: 'Juf Marieke', replacement: 'de begeleidster', category: 'privacy' }]);
    expect(view.ratings.find((rating) => rating.key === 'inspraak')?.text).toMatch(/Niet van toepassing/);
    expect(view.revision?.period).toBe('januari 2026 tot en met maart 2026');
  });

  it('shows an item without a pre-screen', () => {
    const view = itemView(detail({ prescreen: null }), { id: ME });
    expect(view.prescreen).toBeNull();
    expect(view.segments).toEqual([{ text: TEXT, flags: [], ends: [] }]);
    expect(view.proposals).toEqual([]);
  });

  it('knows who may decide', () => {
    const claim = (userId: string) => ({ userId, name: 'Lotte Peeters', expiresAt: '2026-03-10T09:15:00Z' });
    expect(itemView(detail({ claim: claim(ME) }), { id: ME }).access).toBe('mine');
    expect(itemView(detail({ claim: claim(OTHER) }), { id: ME }).access).toBe('other');
    expect(itemView(detail(), { id: ME }).access).toBe('free');
    expect(itemView(detail({ state: 'decided' }), { id: ME }).access).toBe('decided');
    const escalated = itemView(detail({ state: 'escalated', escalatedBy: ME }), { id: ME });
    expect([escalated.access, escalated.queue]).toEqual(['blocked', 'escalated']);
    const appeal = itemView(
      detail({
        kind: 'appeal',
        appeal: { text: 'Ik ben het niet eens.', decisionId: 'd1', createdAt: '2026-03-11T00:00:00Z' },
        decisions: [{ id: 'd1', decision: 'reject', reasonCodes: ['off_topic'], statement: '…', editorId: ME, createdAt: '2026-03-10T10:00:00Z', overruledAt: null }],
      }),
      { id: ME },
    );
    expect([appeal.access, appeal.queue, appeal.appeal?.against]).toEqual(['blocked', 'appeals', 'Niet publiceren']);
    expect(appeal.decisionOptions.map((option) => option.value)).toEqual(['uphold', 'overturn', 'escalate']);
    expect(appeal.allowsEdit).toBe(false);
  });
});

describe('flag badges in the queue', () => {
  it('put safety first and show each kind of finding once', () => {
    const badges = flagBadges([
      { category: 'privacy', code: 'phone-number', severity: 'high' },
      { category: 'privacy', code: 'phone-number', severity: 'high' },
      { category: 'safety', code: 'safety-allegation', severity: 'high' },
    ]);
    expect(badges.map((badge) => [badge.text, badge.safety])).toEqual([
      ['Veiligheid: mogelijk gevaar', true],
      ['Privacy: telefoonnummer', false],
    ]);
  });
});
