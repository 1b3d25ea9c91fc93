import { z } from 'zod';
import { DICTIONARY_ROOT, loadDictionary } from '../../dictionaries/load-dictionary.js';

const Code = z.string().regex(/^[A-Z]{3,4}$/, 'an ISO alpha-3 or organisation code');
const Sector = z.string().regex(/^[A-Z]{3}$/, 'a sector from sectors.json');
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

/** A PLOVER/CAMEO sector code and what it means. */
export const SectorEntry = z.object({ code: Sector, name: z.string(), description: z.string() });
export type SectorEntry = z.infer<typeof SectorEntry>;

/** An organisation code that stands where a state's ISO code would. */
export const OrganisationCode = z.object({ code: Code, name: z.string() });
export type OrganisationCode = z.infer<typeof OrganisationCode>;

/** Forms of a state's name the package lacks: short forms, a capital's other spelling. */
export const CountryForm = z.object({
  id: z.string(),
  code: Code,
  kind: z.enum(['name', 'demonym', 'capital']),
  names: z.array(z.string().min(1)).min(1),
});
export type CountryForm = z.infer<typeof CountryForm>;

/** A state's name that also names a part of another state ("Georgia", a US state too). */
export const AmbiguousName = z.object({
  id: z.string(),
  name: z.string().min(1),
  code: Code,
  /** The state whose part it may name instead. */
  otherCode: Code,
  /** The other code is a state of the same short name ("Congo"): the name is read as it, not dropped. */
  otherIsState: z.boolean().optional(),
});
export type AmbiguousName = z.infer<typeof AmbiguousName>;

/** Common nouns that name a body named before ("the bloc"), with the codes it may stand for. */
export const BodyDescription = z.object({
  id: z.string(),
  nouns: z.array(z.string().regex(/^[a-z][a-z ]*$/)).min(1),
  codes: z.array(Code).min(1),
});
export type BodyDescription = z.infer<typeof BodyDescription>;

/** Phrases that contain a state's name but name no actor ("Korean War", "South China Sea"). */
export const NonActor = z.object({ id: z.string(), names: z.array(z.string().min(1)).min(1) });
export type NonActor = z.infer<typeof NonActor>;

/** A named body: its code, sector, and whether a country before it overrides the code. */
export const Institution = z.object({
  id: z.string(),
  names: z.array(z.string().min(1)).min(1),
  name: z.string(),
  code: Code,
  sector: Sector,
  /** "Russian Security Council": a country before the name gives the code. */
  qualifiable: z.boolean().optional(),
});
export type Institution = z.infer<typeof Institution>;

/** A noun that names part of a state after its adjective: "troops" -> MIL. */
export const SectorNoun = z.object({
  id: z.string(),
  names: z.array(z.string().min(1)).min(1),
  sector: Sector,
  /** Also an adjective ("military efforts"): names the part only where no noun follows. */
  adjective: z.boolean().optional(),
});
export type SectorNoun = z.infer<typeof SectorNoun>;

/** An office: "president", "foreign minister"; `defaultCode` where the title alone names a state. */
export const Role = z.object({
  id: z.string(),
  names: z.array(z.string().min(1)).min(1),
  sector: Sector,
  defaultCode: Code.optional(),
  /** "leader": resolves to the holder marked `leader` (a president or a prime minister). */
  leader: z.boolean().optional(),
});
export type Role = z.infer<typeof Role>;

/** A person in an office for a time; `to: null` while in office. */
export const OfficeHolder = z
  .object({
    id: z.string(),
    names: z.array(z.string().min(1)).min(1),
    /** Matched only after one of `names` appeared earlier in the article. */
    surnames: z.array(z.string().min(1)).optional(),
    code: Code,
    sector: Sector,
    role: z.string(),
    /** The state's leading figure while in office. */
    leader: z.boolean().optional(),
    from: Day,
    to: Day.nullable(),
  })
  .refine((h) => h.to === null || h.to >= h.from, { message: '"to" must not precede "from"' });
export type OfficeHolder = z.infer<typeof OfficeHolder>;

export interface ActorDictionaries {
  sectors: SectorEntry[];
  organisations: OrganisationCode[];
  countryForms: CountryForm[];
  nonActors: NonActor[];
  ambiguousNames: AmbiguousName[];
  bodyDescriptions: BodyDescription[];
  institutions: Institution[];
  sectorNouns: SectorNoun[];
  roles: Role[];
  officeHolders: OfficeHolder[];
}

/**
 * Loads and validates the actor dictionaries through the manifest.
 *
 * @example
 * const { institutions } = loadActorDictionaries();
 */
export function loadActorDictionaries(root = DICTIONARY_ROOT): ActorDictionaries {
  const load = <T>(name: string, schema: z.ZodType<T>, key: (e: T) => string): T[] =>
    loadDictionary(name, schema, key, root).entries;
  return {
    sectors: load('actor-sectors', SectorEntry, (e) => e.code),
    organisations: load('actor-organisations', OrganisationCode, (e) => e.code),
    countryForms: load('actor-country-forms', CountryForm, (e) => e.id),
    nonActors: load('actor-non-actors', NonActor, (e) => e.id),
    ambiguousNames: load('actor-ambiguous-names', AmbiguousName, (e) => e.id),
    bodyDescriptions: load('actor-body-descriptions', BodyDescription, (e) => e.id),
    institutions: load('actor-institutions', Institution, (e) => e.id),
    sectorNouns: load('actor-sector-nouns', SectorNoun, (e) => e.id),
    roles: load('actor-roles', Role, (e) => e.id),
    officeHolders: load('actor-office-holders', OfficeHolder, (e) => e.id),
  };
}
