import type { EventType } from '../model/index.js';

/**
 * Types that the coding conventions treat as one real-world event, with the date window (days)
 * within which two reports of it may differ. Data, not code: add a row to widen a match.
 */
export const TYPE_GROUPS: readonly {
  types: EventType[];
  windowDays: number;
  /** The group joins two types only for these modes (or none): a missile test is no deployment. */
  modes?: string[];
  /** The two types join only when one report names one of `modes` (two bare reports stay apart). */
  modeNamed?: boolean;
  why: string;
}[] = [
  {
    types: ['AID', 'MOBILIZE'],
    windowDays: 45,
    modes: ['troops'],
    why: 'troop deployments: an ongoing presence',
  },
  {
    types: ['AGREE', 'SUPPORT'],
    windowDays: 3,
    modes: ['treaty'],
    modeNamed: true,
    why: 'treaties signed or ratified (praise is no signature, backing a group is no agreement)',
  },
  { types: ['ASSAULT', 'COERCE'], windowDays: 1, why: 'captures and forcible acts' },
  {
    types: ['RETREAT', 'AGREE', 'CONCEDE'],
    windowDays: 1,
    modes: ['ceasefire', 'settle'],
    why: 'ceasefires (a withdrawal is no ceasefire)',
  },
  { types: ['MOBILIZE', 'THREATEN'], windowDays: 1, why: 'missile tests as a show of force' },
];

/**
 * Types whose reports name one date and one place (an attack, a capture): reports of them are one
 * event only when their dates (as written) and places are equal, so a run of daily strikes stays apart.
 */
export const POINT_LIKE_TYPES: readonly EventType[] = ['ASSAULT', 'COERCE'];

export const isPointLike = (type: EventType): boolean => POINT_LIKE_TYPES.includes(type);

/**
 * Types whose mode says what was sent, moved or agreed (troops, weapons, a treaty): two reports
 * of them with different modes are two events (a deployment is not an arms supply).
 */
export const WHAT_MODE_TYPES: readonly EventType[] = ['AID', 'MOBILIZE', 'AGREE'];

/**
 * Types whose modes are different acts of one kind: a withdrawal, a ceasefire and a release of
 * prisoners are three RETREAT events. Compared within the type only (a ceasefire coded AGREE/settle
 * is still the RETREAT/ceasefire it reports).
 */
export const SAME_TYPE_MODE_TYPES: readonly EventType[] = ['RETREAT'];

/**
 * Whether two events' modes allow them to be one event: equal what-modes, and for two types of
 * one group, modes the group allows.
 *
 * @example
 * modesAgree({ type: 'AID', mode: 'troops' }, { type: 'AID', mode: 'weapons' }) // false
 */
export function modesAgree(
  a: { type: EventType; mode: string | null },
  b: { type: EventType; mode: string | null },
): boolean {
  const allows = (g: (typeof TYPE_GROUPS)[number]): boolean =>
    !g.modes ||
    ([a.mode, b.mode].every((m) => m === null || g.modes!.includes(m)) &&
      (!g.modeNamed || [a.mode, b.mode].some((m) => m !== null)));
  const inGroup = (g: (typeof TYPE_GROUPS)[number]): boolean =>
    g.types.includes(a.type) && g.types.includes(b.type);
  // Two modes a group names as one act ("ceasefire", "settle") do not split.
  const named = TYPE_GROUPS.some((g) => inGroup(g) && g.modes && allows(g));
  const what = WHAT_MODE_TYPES.includes(a.type) || WHAT_MODE_TYPES.includes(b.type);
  if (what && a.mode && b.mode && a.mode !== b.mode && !named) return false;
  if (a.type === b.type)
    return !(SAME_TYPE_MODE_TYPES.includes(a.type) && a.mode && b.mode && a.mode !== b.mode);
  return TYPE_GROUPS.some((g) => inGroup(g) && allows(g));
}

/** Window for a type outside any group (or the same type): reports a day apart are one event. */
export const DEFAULT_WINDOW_DAYS = 1;

/** The largest window of any group: the candidate lookup uses it, the exact check refines. */
export const MAX_WINDOW_DAYS = Math.max(
  DEFAULT_WINDOW_DAYS,
  ...TYPE_GROUPS.map((g) => g.windowDays),
);

/** Types compatible with `type` (itself included), sorted. */
export function compatibleTypes(type: EventType): EventType[] {
  const out = new Set<EventType>([type]);
  for (const g of TYPE_GROUPS) if (g.types.includes(type)) for (const t of g.types) out.add(t);
  return [...out].sort();
}

/** The date window for two types, or null when they are not compatible. */
export function windowFor(a: EventType, b: EventType): number | null {
  let best: number | null = a === b ? DEFAULT_WINDOW_DAYS : null;
  for (const g of TYPE_GROUPS)
    if (g.types.includes(a) && g.types.includes(b)) best = Math.max(best ?? 0, g.windowDays);
  return best;
}
