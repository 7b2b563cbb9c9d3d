const whole = new Intl.NumberFormat('nl-BE');

/** How long something has waited: "< 1 u", "3 u", "2 d", with the words spelled out for screen readers. */
export function formatAge(hours: number): { short: string; long: string } {
  const h = Math.max(0, Math.floor(hours));
  if (h < 1) return { short: '< 1 u', long: 'minder dan een uur' };
  if (h < 48) return { short: `${h} u`, long: `${h} uur` };
  const days = Math.floor(h / 24);
  return { short: `${whole.format(days)} d`, long: `${whole.format(days)} dagen` };
}

/** Hours between an ISO time and now. */
export function hoursSince(iso: string, now: Date = new Date()): number {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? 0 : Math.max(0, (now.getTime() - time) / 3_600_000);
}

/** A queue count; counts stop at the API's cap, so the cap itself reads "10.000+". */
export function formatQueueCount(count: number, cap: number): string {
  return count >= cap ? `${whole.format(cap)}+` : whole.format(count);
}

/** A median handling time in hours as a person says it: "40 minuten", "5,5 uur", "3,2 dagen". */
export function formatDuration(hours: number): string {
  const oneDecimal = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 1 });
  if (hours < 1) {
    const minutes = Math.max(1, Math.round(hours * 60));
    return `${minutes} ${minutes === 1 ? 'minuut' : 'minuten'}`;
  }
  if (hours < 48) return `${oneDecimal.format(hours)} uur`;
  return `${oneDecimal.format(hours / 24)} dagen`;
}

/** A share (0..1) as a whole percentage: "12 %". */
export function formatShare(share: number): string {
  return `${Math.round(share * 100)} %`;
}
