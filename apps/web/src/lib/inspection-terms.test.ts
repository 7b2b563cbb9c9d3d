import { describe, expect, it } from 'vitest';
import { LICENSING_AGENCIES } from '@zorgwaardering/core';
import { adviceExplanation, conditionsResult, followUpExplanation, sentenceStart } from './inspection-terms';

const condition = (inOrder: boolean) => ({ code: 'X', label: 'Voorwaarde', protects: '', inOrder });

describe('inspection terms in plain Dutch', () => {
  it('sums up the result of a report in one sentence', () => {
    expect(conditionsResult({ conditions: [], conditionsNotInOrder: 0 })).toBe('Dit verslag vermeldt geen afzonderlijke voorwaarden.');
    expect(conditionsResult({ conditions: [condition(false)], conditionsNotInOrder: 1 })).toBe('De geïnspecteerde voorwaarde is niet in orde.');
    expect(conditionsResult({ conditions: [condition(true), condition(true)], conditionsNotInOrder: 0 })).toBe('Alle 2 geïnspecteerde voorwaarden zijn in orde.');
    expect(conditionsResult({ conditions: [condition(false), condition(true), condition(true)], conditionsNotInOrder: 1 })).toBe(
      '1 van de 3 geïnspecteerde voorwaarden is niet in orde.',
    );
    expect(conditionsResult({ conditions: [condition(false), condition(false), condition(true)], conditionsNotInOrder: 2 })).toBe(
      '2 van de 3 geïnspecteerde voorwaarden zijn niet in orde.',
    );
  });

  it('names the agency of the sector, with a capital at the start of a sentence', () => {
    expect(sentenceStart(LICENSING_AGENCIES.handicap.name)).toBe('Het VAPH');
    expect(followUpExplanation('improvement_requested', LICENSING_AGENCIES.handicap.name)).toMatch(/^Het VAPH vraagt de organisator/);
    expect(adviceExplanation('no_enforcement', LICENSING_AGENCIES.kinderopvang.name)).toBe('Zorginspectie vindt niet dat Opgroeien moet ingrijpen.');
    expect(LICENSING_AGENCIES.ouderenzorg.shortName).toBe('Departement Zorg');
  });
});
