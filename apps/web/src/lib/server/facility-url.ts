import { facilityPath } from '@zorgwaardering/core';

/**
 * Facility pages live at /voorziening/{slug}-{id} (`facilityPath` in core, which the API's mails
 * use too): the id finds the facility, the slug makes the address readable. A wrong or outdated
 * slug is redirected to the right one.
 */
export { facilityPath };

export function writeReviewPath(facility: { id: number; name: string }): string {
  return `${facilityPath(facility)}/waardering-schrijven`;
}

/** The id in "{slug}-{id}" (or a bare id); null when the segment holds none. */
export function facilityIdFromSegment(segment: string): number | null {
  const match = /^(?:.*-)?(\d{1,10})$/.exec(segment);
  if (!match) return null;
  const id = Number(match[1]);
  return id >= 1 && id <= 2_147_483_647 ? id : null;
}
