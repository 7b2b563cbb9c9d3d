import { describe, expect, it } from 'vitest';
import { belgianPlateFormat, isDutchPlate, isValidBelgianAccount, isValidIban, isValidNationalNumber, nationalNumberKind } from './validators';

describe('national register number', () => {
  it('accepts a number of someone born before 2000', () => {
    expect(isValidNationalNumber('85.03.12-123.62')).toBe(true);
    expect(isValidNationalNumber('85031212362')).toBe(true);
    expect(isValidNationalNumber('850312 123 62')).toBe(true);
  });

  it('accepts a number of someone born from 2000 on (2 before the base)', () => {
    expect(isValidNationalNumber('12.07.04-045.68')).toBe(true);
    expect(isValidNationalNumber('00010100105')).toBe(true);
  });

  it('accepts BIS numbers, whose month is raised by 20 or 40', () => {
    expect(isValidNationalNumber('85.23.12-123.08')).toBe(true);
    expect(nationalNumberKind('85.23.12-123.08')).toBe('bis');
    expect(isValidNationalNumber('85.43.12-123.51')).toBe(true);
    expect(nationalNumberKind('85.03.12-123.62')).toBe('rrn');
  });

  it('refuses wrong check digits, impossible dates and other lengths', () => {
    expect(isValidNationalNumber('85.03.12-123.63')).toBe(false);
    expect(isValidNationalNumber('12.07.04-045.67')).toBe(false);
    expect(isValidNationalNumber('85.13.12-123.62')).toBe(false);
    expect(isValidNationalNumber('8503121236')).toBe(false);
    expect(isValidNationalNumber('850312123620')).toBe(false);
    expect(isValidNationalNumber('abcdefghijk')).toBe(false);
  });
});

describe('IBAN', () => {
  it('accepts valid IBANs of several countries, with or without spaces', () => {
    expect(isValidIban('BE68 5390 0754 7034')).toBe(true);
    expect(isValidIban('be68539007547034')).toBe(true);
    expect(isValidIban('NL91 ABNA 0417 1643 00')).toBe(true);
    expect(isValidIban('DE89 3704 0044 0532 0130 00')).toBe(true);
    expect(isValidIban('GB82 WEST 1234 5698 7654 32')).toBe(true);
  });

  it('refuses a changed digit, swapped digits and a wrong length', () => {
    expect(isValidIban('BE68 5390 0754 7035')).toBe(false);
    expect(isValidIban('BE68 5390 0754 7304')).toBe(false);
    expect(isValidIban('BE68 5390 0754 703')).toBe(false);
    expect(isValidIban('NL91 ABNA 0417 1643 01')).toBe(false);
    expect(isValidIban('XX00')).toBe(false);
  });

  it('checks old Belgian account numbers (mod 97)', () => {
    expect(isValidBelgianAccount('539-0075470-34')).toBe(true);
    expect(isValidBelgianAccount('539-0075470-35')).toBe(false);
  });
});

describe('number plates', () => {
  it('knows the current Belgian format and the older ones', () => {
    expect(belgianPlateFormat('1-ABC-123')).toBe('current');
    expect(belgianPlateFormat('2ABC123')).toBe('current');
    expect(belgianPlateFormat('1 abc 123')).toBe('current');
    expect(belgianPlateFormat('ABC-123')).toBe('old');
    expect(belgianPlateFormat('123-ABC')).toBe('old');
  });

  it('refuses other shapes', () => {
    expect(belgianPlateFormat('0-ABC-123')).toBeNull();
    expect(belgianPlateFormat('1-AB-123')).toBeNull();
    expect(belgianPlateFormat('1-ABCD-123')).toBeNull();
    expect(belgianPlateFormat('hello')).toBeNull();
  });

  it('knows Dutch sidecodes with dashes', () => {
    expect(isDutchPlate('12-ABC-3')).toBe(true);
    expect(isDutchPlate('AB-123-C')).toBe(true);
    expect(isDutchPlate('1-KDW-48')).toBe(true);
    expect(isDutchPlate('ABC123')).toBe(false);
    expect(isDutchPlate('12-34-56')).toBe(false);
  });
});
