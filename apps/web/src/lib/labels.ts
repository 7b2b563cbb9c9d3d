import type { MembershipRole, Role } from '@zorgwaardering/core';

export const ROLE_LABELS: Record<Role, string> = {
  parent: 'ouder/gebruiker',
  facility_representative: 'vertegenwoordiger van een voorziening',
  editor: 'redacteur',
  admin: 'beheerder',
};

export const MEMBERSHIP_ROLE_LABELS: Record<MembershipRole, string> = {
  representative: 'vertegenwoordiger',
  manager: 'verantwoordelijke',
};

const dateTime = new Intl.DateTimeFormat('nl-BE', {
  dateStyle: 'short',
  timeStyle: 'short',
  timeZone: 'Europe/Brussels',
});
const time = new Intl.DateTimeFormat('nl-BE', { timeStyle: 'short', timeZone: 'Europe/Brussels' });

/** Date and time as people in Belgium write it, in Belgian time whatever the server's zone. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

export function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : time.format(date);
}
