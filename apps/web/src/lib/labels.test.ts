import { describe, expect, it } from 'vitest';
import { countOf, formatAverage, formatDay, formatMonth } from './labels';

describe('Dutch formats', () => {
  it('writes a month and year as Flemish readers do', () => {
    expect(formatMonth('2026-03')).toBe('maart 2026');
    expect(formatMonth('2025-12')).toBe('december 2025');
    expect(formatMonth('rommel')).toBe('rommel');
  });

  it('writes a date in Belgian time', () => {
    expect(formatDay('2026-02-28T23:30:00Z')).toBe('1 maart 2026');
  });

  it('writes an average with a decimal comma', () => {
    expect(formatAverage(4.2)).toBe('4,2');
    expect(formatAverage(4)).toBe('4,0');
  });

  it('counts in singular and plural', () => {
    expect(countOf(1, 'voorziening', 'voorzieningen')).toBe('1 voorziening');
    expect(countOf(1234, 'voorziening', 'voorzieningen')).toBe('1.234 voorzieningen');
    expect(countOf(0, 'waardering', 'waarderingen')).toBe('0 waarderingen');
  });
});
