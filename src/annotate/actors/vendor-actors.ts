import {
  DICTIONARY_ROOT,
  parseEntryLine,
  readEntryLines,
} from '../../dictionaries/load-dictionary.js';
import type { Token } from '../mention-utils.js';
import { loadVendorNames, VENDOR_FILES } from './vendor-name-table.js';

export { nameKey } from './vendor-name-table.js';

/** A dated role of a vendor actor, already in Sitrep's code and sector. */
export interface VendorRole {
  code: string;
  sector: string | null;
  from: string | null;
  to: string | null;
}

/** A named actor of the field's dictionaries (Phoenix), by one of its names. */
export interface VendorActor {
  id: string;
  name: string;
  /** The code that holds outside the dated roles, if any. */
  fallback: VendorRole | null;
  roles: VendorRole[];
  /**
   * A group the files code by a region, not a state ("MEAREB"): the region code's sector. Such a
   * group has no code of its own; a name that starts with its state's name or demonym gives it.
   */
  regionalSector?: string;
}

type RawActor = {
  id: string;
  names: string[];
  code: string | null;
  roles: [string, string | null, string | null][];
};

/** Phoenix IGO codes that Sitrep writes with its own organisation codes. */
const IGO_CODES: [string, string][] = [
  ['IGOUNO', 'UNO'],
  ['IGOWSTNAT', 'NATO'],
  ['IGOEUR', 'EUR'],
];

/**
 * A CAMEO actor code in Sitrep's terms: the state's ISO code (or an organisation code) and the
 * sector that follows it, where Sitrep knows that sector. Null for codes Sitrep does not emit
 * (companies, regions that are not states).
 *
 * @example
 * toSitrepCode('RUSGOV', codes, sectors); // { code: 'RUS', sector: 'GOV' }
 * toSitrepCode('IGOUNOIAE', codes, sectors); // { code: 'UNO', sector: 'GOV' }
 */
export function toSitrepCode(
  cameo: string,
  validCodes: Set<string>,
  sectors: Set<string>,
): { code: string; sector: string | null } | null {
  if (cameo.startsWith('IGO')) {
    const known = IGO_CODES.find(([prefix]) => cameo.startsWith(prefix));
    return { code: known ? known[1] : 'IGO', sector: 'GOV' };
  }
  if (cameo.startsWith('NGO')) return { code: 'NGO', sector: 'NGO' };
  if (cameo.startsWith('IMG')) return { code: 'IMG', sector: 'REB' };
  const state = cameo.slice(0, 3);
  if (!validCodes.has(state) || cameo.startsWith('MNC')) return null;
  const sector = cameo.slice(3, 6);
  return { code: state, sector: sectors.has(sector) ? sector : null };
}

/** Vendor actors by {@link nameKey}: what the name finder asks. */
export interface VendorNames {
  get(key: string): VendorActor | undefined;
  /** The most tokens of a name whose first token's key is `first`; 0 when no name starts so. */
  longestFrom(first: string): number;
  /**
   * What `get` finds for the keys of tokens [from, to) joined by spaces, given that key's
   * {@link keyHash}: the finder hashes as it reads on, instead of joining strings to look up.
   */
  getJoined(
    hash: number,
    tokens: readonly Token[],
    from: number,
    to: number,
  ): VendorActor | undefined;
  /**
   * The people's names by their last word: lower-case surname -> the full keys ending in it
   * (for {@link VendorNames.get}). Built on first call.
   */
  peopleBySurname(): ReadonlyMap<string, readonly string[]>;
}

// A surname shorter than this is not indexed: "Lee", "Ali" name too many people.
const MIN_INDEXED_SURNAME = 4;

/** Full name keys by their last word, for the keys of people's names of two words or more. */
function surnameIndex(keys: Iterable<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const key of keys) {
    const space = key.lastIndexOf(' ');
    if (space < 0) continue;
    const last = key.slice(space + 1);
    if (last.length < MIN_INDEXED_SURNAME || !/^\p{L}+$/u.test(last)) continue;
    const list = out.get(last);
    if (list) list.push(key);
    else out.set(last, [key]);
  }
  return out;
}

// FNV-1a over UTF-16 code units, 32 bits.
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashOn(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  // as a 32-bit integer even for an empty text (the offset is above 2^31)
  return h | 0;
}

/**
 * The hash of a key, read on word by word: `keyHash(word)` for the first word, then
 * `keyHash(word, hash)` for each next one, gives the hash of the words joined by spaces.
 *
 * @example
 * keyHash('putin', keyHash('vladimir')) === keyHash('vladimir putin'); // true
 */
export function keyHash(word: string, before?: number): number {
  return before === undefined
    ? hashOn(FNV_OFFSET, word)
    : hashOn(Math.imul(before ^ 32, FNV_PRIME), word);
}

/** Whether `key` is the keys of tokens [from, to) joined by spaces. */
function readsJoined(key: string, tokens: readonly Token[], from: number, to: number): boolean {
  let at = 0;
  for (let k = from; k < to; k++) {
    if (k > from && key.charCodeAt(at++) !== 32) return false;
    const word = tokens[k]?.key ?? '';
    if (!key.startsWith(word, at)) return false;
    at += word.length;
  }
  return at === key.length;
}

function joinedKey(tokens: readonly Token[], from: number, to: number): string {
  let key = tokens[from]?.key ?? '';
  for (let k = from + 1; k < to; k++) key = `${key} ${tokens[k]?.key ?? ''}`;
  return key;
}

/** Per first token of the keys, the most tokens a key has. */
function lengthsByFirstToken(keys: Iterable<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const key of keys) {
    const space = key.indexOf(' ');
    const first = space < 0 ? key : key.slice(0, space);
    let tokens = 1;
    for (let at = space; at >= 0; at = key.indexOf(' ', at + 1)) tokens++;
    if (tokens > (out.get(first) ?? 0)) out.set(first, tokens);
  }
  return out;
}

/**
 * Vendor names over actors already known, keyed by {@link nameKey}.
 *
 * @example
 * vendorNamesOf(new Map([[nameKey('Sylvanian Liberation Front'), slf]])).longestFrom('sylvanian'); // 3
 */
export function vendorNamesOf(
  actors: Map<string, VendorActor>,
  people: readonly string[] = [],
): VendorNames {
  const lengths = lengthsByFirstToken(actors.keys());
  const surnames = surnameIndex(people);
  return {
    get: (key) => actors.get(key),
    longestFrom: (first) => lengths.get(first) ?? 0,
    getJoined: (_hash, tokens, from, to) => actors.get(joinedKey(tokens, from, to)),
    peopleBySurname: () => surnames,
  };
}

/**
 * The names of the vendor actor files (international bodies, armed groups, people and bodies
 * of states), keyed by {@link nameKey}. The names are read once, on first use, from the table
 * compiled at build time (vendor-name-table.ts); an entry's line is parsed and its codes put in
 * Sitrep's terms only when one of its names is met, so loading stays cheap.
 */
export function readVendorActors(
  validCodes: Set<string>,
  sectors: Set<string>,
  root = DICTIONARY_ROOT,
): VendorNames {
  const table = loadVendorNames(root);
  // Keys by their keyHash: the first key of a hash, then each key's next of the same hash (-1
  // ends). Numbers to look up, where string keys cost the finder a joined string per look-up.
  const byHash = new Map<number, number>();
  const sameHash = new Int32Array(table.keys.length).fill(-1);
  for (let i = table.keys.length - 1; i >= 0; i--) {
    const h = keyHash(table.keys[i] ?? '');
    sameHash[i] = byHash.get(h) ?? -1;
    byHash.set(h, i);
  }
  const indexOf = (hash: number, reads: (key: string) => boolean): number => {
    for (let i = byHash.get(hash) ?? -1; i >= 0; i = sameHash[i] ?? -1)
      if (reads(table.keys[i] ?? '')) return i;
    return -1;
  };
  const lengths = lengthsByFirstToken(table.keys);
  // each file's entry lines, read when one of its names is first met
  const lines: (string[] | undefined)[] = VENDOR_FILES.map(() => undefined);
  const resolved = new Map<string, VendorActor | null>();
  const actorAt = (i: number): VendorActor | undefined => {
    if (i < 0) return undefined;
    const file = table.files[i] ?? 0;
    const spec = VENDOR_FILES[file];
    if (!spec) return undefined;
    const line = (lines[file] ??= readEntryLines(spec.name, root))[table.lines[i] ?? 0];
    if (line === undefined) return undefined;
    let actor = resolved.get(line);
    if (actor === undefined) {
      const raw = parseEntryLine<RawActor>('vendor actors', line);
      actor = toVendorActor(raw, spec.people, validCodes, sectors);
      resolved.set(line, actor);
    }
    return actor ?? undefined;
  };
  let surnames: Map<string, string[]> | undefined;
  const peopleKeys = function* (): Generator<string> {
    for (let i = 0; i < table.keys.length; i++)
      if (VENDOR_FILES[table.files[i] ?? 0]?.people) yield table.keys[i] ?? '';
  };
  return {
    longestFrom: (first) => lengths.get(first) ?? 0,
    peopleBySurname: () => (surnames ??= surnameIndex(peopleKeys())),
    get: (key) => actorAt(indexOf(keyHash(key), (k) => k === key)),
    getJoined: (hash, tokens, from, to) =>
      actorAt(indexOf(hash, (k) => readsJoined(k, tokens, from, to))),
  };
}

// Codes of the classes that are not a region: companies, international bodies and groups.
const NOT_REGIONS = /^(?:MNC|IGO|NGO|IMG)/;

/** The sector of a region's code ("MEAREB": REB), or null when Sitrep has no such sector. */
function regionalSectorOf(cameo: string, sectors: Set<string>): string | null {
  if (!/^[A-Z]{6}/.test(cameo) || NOT_REGIONS.test(cameo)) return null;
  const sector = cameo.slice(3, 6);
  return sectors.has(sector) ? sector : null;
}

function toVendorActor(
  raw: RawActor,
  people: boolean,
  validCodes: Set<string>,
  sectors: Set<string>,
): VendorActor | null {
  const roles: VendorRole[] = [];
  for (const [code, from, to] of raw.roles) {
    const c = toSitrepCode(code, validCodes, sectors);
    if (c) roles.push({ ...c, from, to });
  }
  const c = raw.code ? toSitrepCode(raw.code, validCodes, sectors) : null;
  const fallback = c ? { ...c, from: null, to: null } : null;
  if (!fallback && roles.length === 0) {
    const regionalSector = people || !raw.code ? null : regionalSectorOf(raw.code, sectors);
    if (!regionalSector) return null;
    return { id: raw.id, name: raw.names[0] ?? raw.id, fallback, roles, regionalSector };
  }
  // a bare state code in the countries file marks a place of the state ("Gaza"), not an actor
  if (people && [fallback, ...roles].every((r) => r === null || r.sector === null)) return null;
  return { id: raw.id, name: raw.names[0] ?? raw.id, fallback, roles };
}

/**
 * The role of a vendor actor on `day`: the dated role that holds then, else the code that holds
 * outside them, else the latest role begun before the day, else the earliest role begun after it
 * (the records start when the dictionary was compiled, not when a career did: the person's
 * state is the same before).
 */
export function vendorRoleOn(actor: VendorActor, day: string | null): VendorRole | null {
  if (day === null) return actor.fallback ?? actor.roles.find((r) => r.to === null) ?? null;
  const holds = actor.roles.find(
    (r) => (r.from === null || r.from <= day) && (r.to === null || day <= r.to),
  );
  if (holds) return holds;
  if (actor.fallback) return actor.fallback;
  const before = actor.roles.filter((r) => r.from === null || r.from <= day);
  if (before.length > 0)
    return before.sort((a, b) => ((a.from ?? '') < (b.from ?? '') ? 1 : -1))[0] ?? null;
  return [...actor.roles].sort((a, b) => ((a.from ?? '') < (b.from ?? '') ? -1 : 1))[0] ?? null;
}
