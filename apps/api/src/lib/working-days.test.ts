import { describe, expect, it } from 'vitest';
import { addWorkingDays } from './working-days';

describe('addWorkingDays', () => {
  it('skips the weekend', () => {
    // Thursday 5 March 2026 + 5 working days = Thursday 12 March
    expect(addWorkingDays(new Date('2026-03-05T10:00:00Z'), 5).toISOString()).toBe('2026-03-12T10:00:00.000Z');
    // Saturday + 1 working day = Monday
    expect(addWorkingDays(new Date('2026-03-07T10:00:00Z'), 1).toISOString()).toBe('2026-03-09T10:00:00.000Z');
  });
});
