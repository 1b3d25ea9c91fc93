import type { OfficeHolder } from './actor-dictionaries.js';

/** The day an article speaks from: its publication day, or null when it has none. */
export function readArticleDay(published: string | null): string | null {
  if (!published) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(published);
  if (!m) return null;
  return `${m[1]}-${m[2] ?? '07'}-${m[3] ?? (m[2] ? '15' : '01')}`;
}

function holds(h: OfficeHolder, day: string | null): boolean {
  if (day === null) return h.to === null;
  return h.from <= day && (h.to === null || day <= h.to);
}

/** Of holders sharing a name, the one in office on `day`, else the latest to have been. */
export function pickHolderOnDay(holders: OfficeHolder[], day: string | null): OfficeHolder | null {
  const now = holders.find((h) => holds(h, day));
  if (now) return now;
  const before = holders.filter((h) => day === null || h.from <= day);
  const pool = before.length > 0 ? before : holders;
  return [...pool].sort((a, b) => (a.from < b.from ? 1 : -1))[0] ?? null;
}

/** The holder of an office in a state on a day, if the dictionary knows one. */
export function resolveRoleHolder(
  candidates: OfficeHolder[],
  code: string,
  day: string | null,
): OfficeHolder | null {
  return candidates.find((h) => h.code === code && holds(h, day)) ?? null;
}
