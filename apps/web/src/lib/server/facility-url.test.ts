import { describe, expect, it } from 'vitest';
import { facilityIdFromSegment, facilityPath, writeReviewPath } from './facility-url';

describe('facility addresses', () => {
  it('puts a readable slug first and the id last, where it is read back from', () => {
    const facility = { id: 1, name: 'Kinderdagverblijf De Speelvogel' };
    expect(facilityPath(facility)).toBe('/voorziening/kinderdagverblijf-de-speelvogel-1');
    expect(facilityPath({ id: 7, name: "Crèche 't Zonneke" })).toBe('/voorziening/creche-t-zonneke-7');
    expect(writeReviewPath(facility)).toBe('/voorziening/kinderdagverblijf-de-speelvogel-1/waardering-schrijven');
    expect(facilityIdFromSegment('kinderdagverblijf-de-speelvogel-1')).toBe(1);
    expect(facilityIdFromSegment('een-oude-naam-42')).toBe(42);
    expect(facilityIdFromSegment('42')).toBe(42);
  });

  it('finds no id where there is none or it cannot exist', () => {
    expect(facilityIdFromSegment('speelvogel')).toBeNull();
    expect(facilityIdFromSegment('speelvogel-0')).toBeNull();
    expect(facilityIdFromSegment('speelvogel-99999999999')).toBeNull();
    expect(facilityIdFromSegment('')).toBeNull();
  });
});
