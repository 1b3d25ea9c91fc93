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
  return date.toISOString().slice(0, 10);
}
