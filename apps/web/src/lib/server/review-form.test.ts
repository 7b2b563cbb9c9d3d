import { describe, expect, it } from 'vitest';
import { checkReviewForm, emptyReviewForm, errorKey, errorsFromApi, readReviewForm, recentMonths, reviewFormFrom } from './review-form';

const NOW = new Date('2026-03-15T12:00:00Z');
const TEXT = 'Onze dochter gaat hier graag naartoe. De begeleiders vertellen elke dag hoe het ging.';

function filledForm(overrides: Record<string, string | null> = {}): FormData {
  const fields: Record<string, string | null> = {
    'rating-communicatie': '5',
    'rating-respect': '4',
    'rating-inspraak': 'nvt',
    'rating-veiligheid': '5',
    'rating-begeleiding': '3',
    text: TEXT,
    relationship: 'ouder',
    periodFrom: '2025-09',
    periodTo: '2026-02',
    displayLabel: 'Ouder van een peuter',
    consent: 'ja',
    formToken: '0b7c6f2e-3c1d-4b8e-9a55-2f0c1d7e9a10',
    ...overrides,
  };
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) if (value !== null) form.set(name, value);
  return form;
}

describe('reading and checking the review form', () => {
  it('turns a filled-in form into what the API takes, with unanswered and "nvt" themes as null', () => {
    const checked = checkReviewForm(readReviewForm(filledForm()), { sector: 'kinderopvang', needsName: false, now: NOW });
    expect(checked.errors).toEqual({});
    expect(checked.content).toEqual({
      ratings: { communicatie: 5, respect: 4, inspraak: null, veiligheid: 5, begeleiding: 3, welbevinden: null, omgeving: null, organisatie: null },
      text: TEXT,
      relationship: 'ouder',
      periodFrom: '2025-09',
      periodTo: '2026-02',
      displayLabel: 'Ouder van een peuter',
    });
  });

  it('names every problem at once, the consent to the code of conduct included', () => {
    const form = filledForm({ 'rating-veiligheid': null, 'rating-begeleiding': null, text: 'Te kort.', periodFrom: '', relationship: null, consent: null });
    const { errors, content } = checkReviewForm(readReviewForm(form), { sector: 'kinderopvang', needsName: false, now: NOW });
    expect(content).toBeUndefined();
    expect(Object.keys(errors).sort()).toEqual(['consent', 'periodFrom', 'ratings', 'relationship', 'text']);
    expect(errors.ratings).toMatch(/minstens 4/);
    expect(errors.text).toMatch(/minstens 50/);
  });

  it('applies the period and relationship rules of the sector', () => {
    const old = checkReviewForm(readReviewForm(filledForm({ periodFrom: '2023-01', periodTo: '2023-12' })), { sector: 'kinderopvang', needsName: false, now: NOW });
    expect(old.errors.periodTo).toMatch(/24 maanden/);
    const resident = checkReviewForm(readReviewForm(filledForm({ relationship: 'bewoner' })), { sector: 'kinderopvang', needsName: false, now: NOW });
    expect(resident.errors.relationship).toBeDefined();
  });

  it('asks for a name only when the account has none', () => {
    const form = readReviewForm(filledForm());
    expect(checkReviewForm(form, { sector: 'kinderopvang', needsName: true, now: NOW }).errors).toMatchObject({
      firstName: 'Vul je voornaam in',
      lastName: 'Vul je achternaam in',
    });
    const named = readReviewForm(filledForm({ firstName: ' Sofie ', lastName: 'Claes' }));
    expect(checkReviewForm(named, { sector: 'kinderopvang', needsName: true, now: NOW }).author).toEqual({ firstName: 'Sofie', lastName: 'Claes' });
  });

  it('passes an invitation code on as the API takes it, and names a malformed one at its field', () => {
    const typed = checkReviewForm(readReviewForm(filledForm({ invitationCode: ' abcd-ef23 ' })), { sector: 'kinderopvang', needsName: false, now: NOW });
    expect(typed.invitationCode).toBe('ABCDEF23');
    expect(checkReviewForm(readReviewForm(filledForm()), { sector: 'kinderopvang', needsName: false, now: NOW }).invitationCode).toBeUndefined();
    const wrong = checkReviewForm(readReviewForm(filledForm({ invitationCode: 'ABC' })), { sector: 'kinderopvang', needsName: false, now: NOW });
    expect(wrong.content).toBeUndefined();
    expect(wrong.errors.invitationCode).toMatch(/8 letters en cijfers/);
    expect(errorKey('invitationCode')).toBe('invitationCode');
  });

  it('keeps a valid form token and replaces a forged one', () => {
    expect(readReviewForm(filledForm()).formToken).toBe('0b7c6f2e-3c1d-4b8e-9a55-2f0c1d7e9a10');
    expect(readReviewForm(filledForm({ formToken: 'x' })).formToken).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('fills the form from a revision to edit it', () => {
    const values = reviewFormFrom(
      { ratings: { communicatie: 4, respect: null }, text: TEXT, relationship: 'ouder', periodFrom: '2025-01', periodTo: '2025-06', displayLabel: null },
      3,
    );
    expect(values.ratings).toMatchObject({ communicatie: '4', respect: 'nvt', organisatie: 'nvt' });
    expect(values).toMatchObject({ text: TEXT, version: '3', displayLabel: '', consent: false });
    expect(emptyReviewForm().formToken).not.toBe(emptyReviewForm().formToken);
  });

  it('offers this month and the 24 before it', () => {
    const months = recentMonths(NOW);
    expect(months).toHaveLength(25);
    expect(months[0]).toEqual({ value: '2026-03', label: 'maart 2026' });
    expect(months.at(-1)?.value).toBe('2024-03');
  });
});

describe('API refusals next to the fields', () => {
  it('maps the API field paths to the form fields', () => {
    expect(errorKey('ratings')).toBe('ratings');
    expect(errorKey('ratings.veiligheid')).toBe('ratings.veiligheid');
    expect(errorKey('author.firstName')).toBe('firstName');
    expect(errorKey('periodTo')).toBe('periodTo');
    expect(errorKey('facilityId')).toBe('form');
    expect(errorKey('(body)')).toBe('form');
  });

  it('shows each message at its field, and the general message when no field applies', () => {
    const details = [
      { path: 'text', message: 'Schrijf minstens 50 tekens' },
      { path: 'ratings.veiligheid', message: 'Een score gaat van 1 tot 5' },
      { path: 'author.lastName', message: 'Vul je achternaam in' },
    ];
    expect(errorsFromApi({ code: 'invalid', message: 'De invoer is niet geldig.', details, fields: {} })).toEqual({
      text: 'Schrijf minstens 50 tekens',
      'ratings.veiligheid': 'Een score gaat van 1 tot 5',
      lastName: 'Vul je achternaam in',
    });
    const unknown = [{ path: 'facilityId', message: 'Deze voorziening bestaat niet' }];
    expect(errorsFromApi({ code: 'invalid', message: 'Deze voorziening bestaat niet.', details: unknown, fields: {} })).toEqual({
      form: 'Deze voorziening bestaat niet.',
    });
  });
});
