import { describe, expect, it } from 'vitest';
import { applyRedaction, redactionProposals } from './redaction';

const text = 'Juf Marieke is lief. Bel Marieke op 0470 12 34 56.';

describe('proposed redactions', () => {
  const proposals = redactionProposals(text, [
    { number: 1, category: 'privacy', redaction: [{ start: 0, end: 11, replacement: 'de begeleidster' }, { start: 25, end: 32, replacement: 'haar' }] },
    { number: 2, category: 'privacy', redaction: { start: 36, end: 49, replacement: '[telefoonnummer]' } },
    { number: 3, category: 'privacy', redaction: { start: 40, end: 99, replacement: 'buiten de tekst' } },
  ]);

  it('takes one proposal or a list, and drops those that do not fit the text', () => {
    expect(proposals.map((p) => [p.id, p.original, p.replacement])).toEqual([
      ['1.1', 'Juf Marieke', 'de begeleidster'],
      ['1.2', 'Marieke', 'haar'],
      ['2.1', '0470 12 34 56', '[telefoonnummer]'],
    ]);
  });

  it('applies proposals in any order, shifting for the ones applied before', () => {
    const [first, second, third] = proposals as [(typeof proposals)[0], (typeof proposals)[0], (typeof proposals)[0]];
    let current = applyRedaction(text, third, [])!;
    current = applyRedaction(current, first, [third])!;
    current = applyRedaction(current, second, [third, first])!;
    expect(current).toBe('de begeleidster is lief. Bel haar op [telefoonnummer].');
  });

  it('finds the passage after an edit by hand, and says when it is gone', () => {
    const [first] = proposals;
    expect(applyRedaction(`Eerst dit. ${text}`, first!, [])).toBe(`Eerst dit. de begeleidster is lief. Bel Marieke op 0470 12 34 56.`);
    expect(applyRedaction('Alles herschreven zonder naam.', first!, [])).toBeNull();
  });
});
