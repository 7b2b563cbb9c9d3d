import { describe, expect, it } from 'vitest';
import { companyNumberSchema, isValidCompanyNumber, normaliseCompanyNumber } from './company-number';

describe('Belgian company number', () => {
  it('accepts valid numbers in the usual notations and normalises them', () => {
    // 0403.170.701 and 0202.239.951 are real, valid company numbers
    expect(normaliseCompanyNumber('0403.170.701')).toBe('0403.170.701');
    expect(normaliseCompanyNumber('BE 0202 239 951')).toBe('0202.239.951');
    expect(normaliseCompanyNumber('be0202239951')).toBe('0202.239.951');
    expect(normaliseCompanyNumber('202239951')).toBe('0202.239.951');
  });

  it('refuses a wrong check, a wrong first digit and wrong lengths', () => {
    expect(isValidCompanyNumber('0403.170.702')).toBe(false);
    expect(isValidCompanyNumber('2403.170.701')).toBe(false);
    expect(isValidCompanyNumber('0403.170.70')).toBe(false);
    expect(isValidCompanyNumber('04031707011')).toBe(false);
    expect(isValidCompanyNumber('abcd.efg.hij')).toBe(false);
  });

  it('explains a refusal in Dutch', () => {
    const result = companyNumberSchema.safeParse('0403.170.702');
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toMatch(/ondernemingsnummer/);
  });
});
