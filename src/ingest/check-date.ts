// YYYY, YYYY-MM, YYYY-MM-DD, or a date-time with an optional zone.
const SHAPE =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** Dates more than this far past the present are refused: a day covers every time zone. */
const FUTURE_SLACK_MS = 36 * 3600 * 1000;

/**
 * Why `value` is not a publication date Sitrep can use, or null when it is: the one check for
 * dates given on the command line (`--published`) and in JSON Lines records (`published`).
 * It must be YYYY-MM-DD (or YYYY-MM, YYYY, or an ISO date-time), a real calendar day (no
 * 2024-02-30), and not in the future: an event dated 9999 would drop out of every timeline.
 *
 * @example
 * dateProblem('2024-02-30'); // '2024-02-30 is not a calendar date: February 2024 has 29 days'
 */
export function dateProblem(value: string, now: Date = new Date()): string | null {
  const m = SHAPE.exec(value.trim());
  if (!m) return `"${value}" is not a date; give it as YYYY-MM-DD, e.g. 2024-11-06`;
  const year = Number(m[1]);
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (month < 1 || month > 12) return `${value} is not a calendar date: there is no month ${month}`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) {
    const name = new Date(Date.UTC(year, month - 1, 1)).toLocaleString('en', {
      month: 'long',
      timeZone: 'UTC',
    });
    return `${value} is not a calendar date: ${name} ${year} has ${days} days`;
  }
  const time = Date.parse(value.trim().length <= 10 ? `${value.trim()}T00:00:00Z` : value.trim());
  if (Number.isNaN(time)) return `"${value}" is not a date; give it as YYYY-MM-DD, e.g. 2024-11-06`;
  if (time > now.getTime() + FUTURE_SLACK_MS)
    return `${value} is in the future; give the date the article was published`;
  return null;
}
