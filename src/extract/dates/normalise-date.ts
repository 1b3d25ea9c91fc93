const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const pad = (n: number): string => String(n).padStart(2, '0');

/** A valid calendar date as `YYYY-MM-DD`, or null. */
export function formatDay(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Month number (1-12) from an English month name or abbreviation, or 0. */
export function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/**
 * An ISO 8601 date or date-time from what a page's metadata says: ISO forms are kept as written
 * (trimmed), other common forms become `YYYY-MM-DD`; null when it is not a date.
 */
export function normaliseDate(value: string): string | null {
  const v = value.trim();
  const iso =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/.exec(
      v,
    );
  if (iso) {
    const day = formatDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (!day) return null;
    if (!iso[4]) return day;
    return `${day}T${iso[4]}:${iso[5]}:${iso[6] ?? '00'}${iso[7] ? iso[7].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2') : ''}`;
  }
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  if (compact) return formatDay(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const named =
    /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b|\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(
      v,
    );
  if (named) {
    const [d, mName, y] = named[1]
      ? [named[1], named[2], named[3]]
      : [named[5], named[4], named[6]];
    const m = monthNumber(mName ?? '');
    if (m > 0) return formatDay(Number(y), m, Number(d));
  }
  return null;
}
