const dayFormat = new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Brussels' });

/** "3 maart 2026", as Belgian readers write a date. */
export const formatDay = (date: Date) => dayFormat.format(date);

/** The calendar day in Brussels, "YYYY-MM-DD". */
export const isoDay = (date: Date) => date.toLocaleDateString('sv-SE', { timeZone: 'Europe/Brussels' });

export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
