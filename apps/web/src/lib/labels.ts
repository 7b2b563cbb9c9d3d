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

const monthYear = new Intl.DateTimeFormat('nl-BE', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const day = new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Brussels' });
const oneDecimal = new Intl.NumberFormat('nl-BE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('nl-BE');

/** "2026-03" as "maart 2026". */
export function formatMonth(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  return monthYear.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)));
}

/** A date (ISO) as "3 maart 2026", in Belgian time. */
export function formatDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : day.format(date);
}

/** An average score with one decimal and a comma: "4,2". */
export function formatAverage(value: number): string {
  return oneDecimal.format(value);
}

/** "1 waardering", "1.234 waarderingen". */
export function countOf(count: number, one: string, many: string): string {
  return `${whole.format(count)} ${count === 1 ? one : many}`;
}
