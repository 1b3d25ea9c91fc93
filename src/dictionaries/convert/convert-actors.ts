import type { ActorRecord, DatedRole } from './read-actor-file.js';
import type { AgentRecord } from './read-agents.js';
import { withPloverStateCode } from '../../model/state-codes.js';
import { uniqueId } from './generated-file.js';

/** A state's names in the Phoenix file: its name, adjectives, capital and main cities. */
export interface CountryNames {
  id: string;
  code: string;
  names: string[];
}

/** A named actor: default code (or null) and dated roles as `[code, from, to]` (null: open). */
export interface NamedActor {
  id: string;
  names: string[];
  code: string | null;
  roles: [string, string | null, string | null][];
}

/** An agent noun: CAMEO agent code and its sector (the code's first three letters). */
export interface Agent {
  id: string;
  names: string[];
  code: string;
  sector: string;
}

/** A record with a bare three-letter code and no dated roles names a state. */
export function isCountryRecord(r: ActorRecord): boolean {
  return r.code !== null && /^[A-Z]{3}$/.test(r.code) && r.roles.length === 0;
}

/** The states of the countries file. */
export function toCountries(records: ActorRecord[]): CountryNames[] {
  const taken = new Map<string, number>();
  return records.filter(isCountryRecord).map((r) => ({
    id: uniqueId(r.names[0] ?? '', taken),
    code: withPloverStateCode(r.code ?? ''),
    names: r.names,
  }));
}

// Codes as PLOVER writes them: Phoenix gives Kosovo the World Bank's "KSV", PLOVER "KOS".
const role = (r: DatedRole): [string, string | null, string | null] => [
  withPloverStateCode(r.code),
  r.from,
  r.to,
];

/** Named actors (people, bodies, groups) that carry a code or at least one dated role. */
export function toNamedActors(records: ActorRecord[]): NamedActor[] {
  const taken = new Map<string, number>();
  return records
    .filter((r) => !isCountryRecord(r) && (r.code !== null || r.roles.length > 0))
    .map((r) => ({
      id: uniqueId(r.names[0] ?? '', taken),
      names: r.names,
      code: r.code === null ? null : withPloverStateCode(r.code),
      roles: r.roles.map(role),
    }));
}

/** Roles that reach into these years make an actor current: Phoenix's roles end around 2014. */
export const CURRENT_SINCE = '2010-01-01';

/** Whether an actor holds a role (or a code with no dates) on or after {@link CURRENT_SINCE}. */
export function isCurrent(a: NamedActor): boolean {
  if (a.roles.length === 0) return true;
  return a.roles.some(([, , to]) => to === null || to >= CURRENT_SINCE);
}

/** Agent nouns with their sector. */
export function toAgents(records: AgentRecord[]): Agent[] {
  const taken = new Map<string, number>();
  return records.map((a) => ({
    id: uniqueId(a.names[0] ?? '', taken),
    names: a.names,
    code: a.code,
    sector: a.code.slice(0, 3),
  }));
}
