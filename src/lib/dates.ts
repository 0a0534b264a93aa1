const FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "27 November 2026": months in full, as screen readers read them best. */
export function formatDate(date: Date): string {
  return FORMAT.format(date);
}

/** "2026-11-27" for <time datetime>. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
