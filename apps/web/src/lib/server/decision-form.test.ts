import { describe, expect, it } from 'vitest';
import { decisionBody, errorsFromFields, readDecisionForm } from './decision-form';

function formData(entries: [string, string][]): FormData {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  return form;
}

describe('the decision form', () => {
  const read = readDecisionForm(
    formData([
      ['decision', 'publish_edited'],
      ['reasonCodes', 'personal_data'],
      ['reasonCodes', 'verzonnen'],
      ['statement', 'Regel een\r\nRegel twee'],
      ['editedText', 'De begeleidster is lief.'],
      ['version', '3'],
      ['queue', 'new'],
      ['applied', '2.1'],
    ]),
  );

  it('reads what was sent, keeping only known reasons', () => {
    expect(read).toEqual({
      decision: 'publish_edited',
      reasonCodes: ['personal_data'],
      statement: 'Regel een\nRegel twee',
      editedText: 'De begeleidster is lief.',
      applied: ['2.1'],
      version: 3,
      queue: 'new',
    });
  });

  it('sends the edited text only with publish_edited', () => {
    expect(decisionBody(read, 3, 'review_revision')).toEqual({
      body: { decision: 'publish_edited', reasonCodes: ['personal_data'], statement: 'Regel een\nRegel twee', version: 3, editedText: 'De begeleidster is lief.' },
    });
    expect(decisionBody({ ...read, decision: 'publish' }, 3, 'review_revision')).toEqual({
      body: { decision: 'publish', reasonCodes: ['personal_data'], statement: 'Regel een\nRegel twee', version: 3 },
    });
  });

  it('asks for a decision that fits the item', () => {
    expect(decisionBody({ ...read, decision: '' }, 3, 'review_revision')).toEqual({ errors: { decision: 'Kies een beslissing' } });
    expect(decisionBody({ ...read, decision: 'publish' }, 3, 'appeal')).toMatchObject({ errors: { decision: expect.any(String) } });
    expect(decisionBody(read, null, 'review_revision')).toMatchObject({ errors: { form: expect.any(String) } });
    const appeal = { ...read, decision: 'overturn', reasonCodes: [], statement: ' ' };
    expect(decisionBody(appeal, 3, 'appeal')).toMatchObject({ errors: { statement: expect.stringContaining('Leg uit') } });
    expect(decisionBody({ ...appeal, statement: 'De tekst gaat wel over de opvang.' }, 3, 'appeal')).toHaveProperty('body');
  });

  it('puts the API field problems next to the fields', () => {
    expect(errorsFromFields({ reasonCodes: 'Kies minstens één reden', 'editedText.0': 'Te kort' }, 'Fout')).toEqual({
      reasonCodes: 'Kies minstens één reden',
      editedText: 'Te kort',
    });
    expect(errorsFromFields({}, 'Ongeldig')).toEqual({ form: 'Ongeldig' });
  });
});
