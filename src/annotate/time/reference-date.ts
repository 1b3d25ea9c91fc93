/** The article's publication date as a UTC noon instant, or null when it has no full day. */
export function readReferenceDate(published: string | null): Date | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** `YYYY-MM-DD` of a UTC date. */
export function formatDay(date: Date): string {
  const y = date.getUTCFullYear();
  // four-digit years written directly (toISOString builds and cuts a longer string); others,
  // and invalid dates, as toISOString has them
  if (!(y >= 1000 && y <= 9999)) return date.toISOString().slice(0, 10);
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}
