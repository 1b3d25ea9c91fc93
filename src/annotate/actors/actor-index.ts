import { PhraseTrie } from '../mention-utils.js';
import {
  loadActorDictionaries,
  type ActorDictionaries,
  type Institution,
  type OfficeHolder,
  type Role,
  type SectorNoun,
} from './actor-dictionaries.js';
import { readCountryRecords, type CountryRecord } from './country-records.js';
import { readVendorActors, type VendorNames } from './vendor-actors.js';

/** A state named by its name, its demonym or its capital. */
export interface StatePhrase {
  kind: 'country' | 'demonym' | 'capital';
  code: string;
  name: string;
  entry: string;
}

/** What a dictionary phrase stands for. */
export type ActorPhrase =
  | StatePhrase
  | { kind: 'institution'; institution: Institution }
  | { kind: 'noun'; noun: SectorNoun }
  | { kind: 'role'; role: Role }
  | { kind: 'holder'; holders: OfficeHolder[] }
  | { kind: 'surname'; holders: OfficeHolder[] }
  | { kind: 'block'; id: string };

/** The compiled actor dictionaries: one phrase trie, and look-ups the rules need. */
export interface ActorIndex {
  trie: PhraseTrie<ActorPhrase>;
  dictionaries: ActorDictionaries;
  countryNames: Map<string, string>;
  /** Holders by role id, for role phrases resolved on a date. */
  holdersByRole: Map<string, OfficeHolder[]>;
  /** The holders of leaders' offices, in role order: the pool for a leader's title. */
  leaders: OfficeHolder[];
  validCodes: Set<string>;
  /** The states the index was built from. */
  records: CountryRecord[];
  /** The field's dictionaries' names (the base under the curated ones), read on first use. */
  vendorActors?: () => VendorNames;
}

// Where a form names two states, the independent and larger one wins ("Dominican" -> DOM).
function better(a: CountryRecord, b: CountryRecord): boolean {
  if (a.independent !== b.independent) return a.independent;
  return a.area > b.area;
}

function addStates(
  trie: PhraseTrie<ActorPhrase>,
  records: CountryRecord[],
  dictionaries: ActorDictionaries,
): void {
  const best = new Map<string, { record: CountryRecord; kind: StatePhrase['kind'] }>();
  const offer = (form: string, record: CountryRecord, kind: StatePhrase['kind']): void => {
    const key = `${kind}\u0000${form}`;
    const had = best.get(key);
    if (!had || better(record, had.record)) best.set(key, { record, kind });
  };
  for (const r of records) {
    for (const n of r.names) offer(n, r, 'country');
    for (const d of r.demonyms) offer(d, r, 'demonym');
    if (r.independent) for (const c of r.capitals) offer(c, r, 'capital');
  }
  const byCode = new Map(records.map((r) => [r.code, r]));
  for (const form of dictionaries.countryForms) {
    const r = byCode.get(form.code);
    if (!r) continue;
    const kind = form.kind === 'name' ? 'country' : form.kind;
    for (const n of form.names) best.set(`${kind}\u0000${n}`, { record: r, kind });
  }
  for (const [key, { record, kind }] of best) {
    const phrase = key.slice(key.indexOf('\u0000') + 1);
    trie.add(phrase, {
      kind,
      code: record.code,
      name: record.name,
      entry: `countries:${record.code}`,
    });
  }
}

function groupBy<T>(items: T[], keys: (item: T) => string[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items)
    for (const k of keys(item)) {
      const list = out.get(k) ?? [];
      list.push(item);
      out.set(k, list);
    }
  return out;
}

/** Compiles the dictionaries (and the package's states) into one index. */
export function buildActorIndex(
  dictionaries: ActorDictionaries,
  records: CountryRecord[] = readCountryRecords(),
): ActorIndex {
  const trie = new PhraseTrie<ActorPhrase>();
  addStates(trie, records, dictionaries);
  for (const institution of dictionaries.institutions)
    for (const n of institution.names) trie.add(n, { kind: 'institution', institution });
  for (const noun of dictionaries.sectorNouns)
    for (const n of noun.names) trie.add(n, { kind: 'noun', noun });
  for (const role of dictionaries.roles)
    for (const n of role.names) trie.add(n, { kind: 'role', role });
  for (const [n, holders] of groupBy(dictionaries.officeHolders, (h) => h.names))
    trie.add(n, { kind: 'holder', holders });
  for (const [n, holders] of groupBy(dictionaries.officeHolders, (h) => h.surnames ?? []))
    trie.add(n, { kind: 'surname', holders });
  for (const block of dictionaries.nonActors)
    for (const n of block.names) trie.add(n, { kind: 'block', id: block.id });
  const validCodes = new Set([
    ...records.map((r) => r.code),
    ...dictionaries.organisations.map((o) => o.code),
  ]);
  const holdersByRole = groupBy(dictionaries.officeHolders, (h) => [h.role]);
  return {
    trie,
    dictionaries,
    countryNames: new Map(records.map((r) => [r.code, r.name])),
    holdersByRole,
    leaders: [...holdersByRole.values()].flat().filter((h) => h.leader),
    validCodes,
    records,
  };
}

let cached: ActorIndex | undefined;

/** The index over the real dictionaries, built once per process; vendor names load lazily. */
export function loadActorIndex(): ActorIndex {
  if (cached) return cached;
  const index = buildActorIndex(loadActorDictionaries());
  let vendor: VendorNames | undefined;
  const sectors = new Set(index.dictionaries.sectors.map((s) => s.code));
  index.vendorActors = () => (vendor ??= readVendorActors(index.validCodes, sectors));
  cached = index;
  return cached;
}
