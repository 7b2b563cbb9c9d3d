import { describe, expect, it } from 'vitest';
import { formatAge, formatDuration, formatQueueCount, formatShare, hoursSince } from './format';

describe('editor formats', () => {
  it('writes an age in hours, then in days', () => {
    expect(formatAge(0.5)).toEqual({ short: '< 1 u', long: 'minder dan een uur' });
    expect(formatAge(3)).toEqual({ short: '3 u', long: '3 uur' });
    expect(formatAge(47.9)).toEqual({ short: '47 u', long: '47 uur' });
    expect(formatAge(50)).toEqual({ short: '2 d', long: '2 dagen' });
  });

  it('stops a queue count at the cap', () => {
    expect(formatQueueCount(9999, 10_000)).toBe('9.999');
    expect(formatQueueCount(10_000, 10_000)).toBe('10.000+');
  });

  it('writes a handling time and a share', () => {
    expect(formatDuration(0.25)).toBe('15 minuten');
    expect(formatDuration(0.01)).toBe('1 minuut');
    expect(formatDuration(5.5)).toBe('5,5 uur');
    expect(formatDuration(76.8)).toBe('3,2 dagen');
    expect(formatShare(0.123)).toBe('12 %');
  });

  it('counts hours since a moment, never below zero', () => {
    const now = new Date('2026-03-01T12:00:00Z');
    expect(hoursSince('2026-03-01T09:00:00Z', now)).toBe(3);
    expect(hoursSince('2026-03-02T09:00:00Z', now)).toBe(0);
  });
});
