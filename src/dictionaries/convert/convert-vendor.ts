import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DICTIONARY_ROOT } from '../load-dictionary.js';
import { isCurrent, toAgents, toCountries, toNamedActors } from './convert-actors.js';
import { toPloverPatterns, toPloverVerbs } from './convert-verbs.js';
import { renderDictionary, type GeneratedFile, type Provenance } from './generated-file.js';
import { readActorFile } from './read-actor-file.js';
import { readAgents } from './read-agents.js';
import { readPloverTable } from './read-plover-table.js';
import { readVerbDictionary } from './read-verb-dictionary.js';

/** ../shared/vendor beside the package. */
export const DEFAULT_VENDOR_DIR = resolve(DICTIONARY_ROOT, '../../shared/vendor');

const PETRARCH = 'petrarch2-dictionaries';
const PLOVER = 'plover';
const PLOVER_LICENSE = 'CC BY-SA 4.0';
const MIT = 'MIT';

/** The commit the vendor README gives for a folder (`| \`plover/...\` | source | commit |`). */
export function readVendorCommit(readme: string, folder: string): string {
  for (const line of readme.split(/\r?\n/)) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells[1]?.startsWith(`\`${folder}`) && /^[0-9a-f]{40}$/.test(cells[3] ?? ''))
      return cells[3] ?? '';
  }
  throw new Error(`the vendor README gives no commit for ${folder}/`);
}

/** What the converter writes: dictionary files, and texts copied beside them (licences). */
export interface Conversion {
  files: GeneratedFile[];
  /** Path under dictionaries/ -> text. */
  copies: Map<string, string>;
}

/**
 * Reads the field's dictionaries in `vendorDir` (../shared/vendor) and returns Sitrep's
 * dictionary files made from them. Pure: the same folder gives the same bytes.
 */
export function convertVendor(vendorDir: string): Conversion {
  const read = (path: string): string => {
    const file = join(vendorDir, path);
    if (!existsSync(file)) throw new Error(`${file} is missing: is ${vendorDir} complete?`);
    return readFileSync(file, 'utf8');
  };
  const readme = read('README.md');
  const petrarch: Provenance = {
    source: `PETRARCH-2 dictionaries, github.com/openeventdata/petrarch2 petrarch2/data/dictionaries/`,
    commit: readVendorCommit(readme, PETRARCH),
    license: MIT,
  };
  const plover: Provenance = {
    source: `${petrarch.source}, CAMEO codes mapped to PLOVER by github.com/openeventdata/PLOVER CAMEO2PLOVER-2021.txt (commit ${readVendorCommit(readme, PLOVER)})`,
    commit: petrarch.commit,
    license: `${PLOVER_LICENSE} (PLOVER's CAMEO-to-PLOVER table; the verb patterns it is joined to are ${MIT})`,
  };
  const table = readPloverTable(read(`${PLOVER}/CAMEO2PLOVER-2021.txt`));
  const verbs = readVerbDictionary(read(`${PETRARCH}/CAMEO.2.0.txt`));
  const actorFile = (name: string) => readActorFile(read(`${PETRARCH}/${name}`)).records;
  const countries = actorFile('Phoenix.Countries.actors.txt');
  const stateActors = toNamedActors(countries);
  const international = toNamedActors(actorFile('Phoenix.International.actors.txt'));
  const company = (a: { code: string | null }): boolean => a.code?.startsWith('MNC') === true;
  const files: GeneratedFile[] = [
    {
      name: 'vendor-plover-table',
      file: 'vendor/plover-cameo.json',
      description:
        'PLOVER event type, mode and context for each CAMEO event code (cameo: the CAMEO code; mode and context null where the table leaves them empty).',
      provenance: {
        source: 'PLOVER CAMEO2PLOVER-2021.txt, github.com/openeventdata/PLOVER',
        commit: readVendorCommit(readme, PLOVER),
        license: PLOVER_LICENSE,
      },
      entries: [...table.values()],
    },
    {
      name: 'vendor-verbs',
      file: 'vendor/cameo-verbs.json',
      description:
        'CAMEO verbs whose code PLOVER maps: block, lemma (multi-word verbs with spaces), forms (every form, where the source lists them), CAMEO code, PLOVER type and mode.',
      provenance: plover,
      entries: toPloverVerbs(verbs, table),
    },
    {
      name: 'vendor-verb-patterns',
      file: 'vendor/cameo-verb-patterns.json',
      description:
        'CAMEO phrase patterns whose code PLOVER maps: the verb block, the verbs the pattern was written for, the words before and after the verb (&name: a synonym set of vendor-synonyms), CAMEO code, PLOVER type and mode.',
      provenance: plover,
      entries: toPloverPatterns(verbs, table),
    },
    {
      name: 'vendor-synonyms',
      file: 'vendor/cameo-synonyms.json',
      description: 'CAMEO synonym sets used by the verb patterns (&weapon: its words).',
      provenance: petrarch,
      entries: [...verbs.synonyms].map(([id, words]) => ({ id, words })),
    },
    {
      name: 'vendor-countries',
      file: 'vendor/phoenix-countries.json',
      description:
        "States and their names in the Phoenix countries file: name, adjectives, capital and main cities, other spellings (lower case); code: the state's ISO alpha-3 code.",
      provenance: petrarch,
      entries: toCountries(countries),
    },
    {
      name: 'vendor-country-actors',
      file: 'vendor/phoenix-country-actors.json',
      description:
        'People and bodies of states with a role reaching into 2010 or later, or an undated code: names (lower case), code (CAMEO actor code that holds outside the dated roles, or null) and roles as [code, from, to] (YYYY-MM-DD, null for an open end). Roles end around 2014.',
      provenance: petrarch,
      entries: stateActors.filter(isCurrent),
    },
    {
      name: 'vendor-country-actors-before-2010',
      file: 'vendor/phoenix-country-actors-before-2010.json',
      description:
        'People and bodies of states whose every role ended before 2010, in the form of vendor-country-actors. Not read by the coder; kept for dated archives.',
      provenance: petrarch,
      entries: stateActors.filter((a) => !isCurrent(a)),
    },
    {
      name: 'vendor-international',
      file: 'vendor/phoenix-international.json',
      description:
        'International organisations and alliances, non-governmental organisations and their officials: names, CAMEO code (IGO..., NGO...) and dated roles as [code, from, to].',
      provenance: petrarch,
      entries: international.filter((a) => !company(a)),
    },
    {
      name: 'vendor-companies',
      file: 'vendor/phoenix-companies.json',
      description:
        'Multinational companies of the Phoenix international file (code MNC...), in the form of vendor-international. Not read by the coder.',
      provenance: petrarch,
      entries: international.filter(company),
    },
    {
      name: 'vendor-armed-groups',
      file: 'vendor/phoenix-armed-groups.json',
      description:
        'Armed non-state groups: names, CAMEO code (country or IMG part, then REB, INS, ...), dated roles as [code, from, to].',
      provenance: petrarch,
      entries: toNamedActors(actorFile('Phoenix.MilNonState.actors.txt')),
    },
    {
      name: 'vendor-agents',
      file: 'vendor/phoenix-agents.json',
      description:
        'Generic agent nouns ("troops", "foreign minister") with their CAMEO agent code and sector (its first three letters).',
      provenance: petrarch,
      entries: toAgents(readAgents(read(`${PETRARCH}/Phoenix.agents.txt`))),
    },
  ];
  const copies = new Map([
    ['vendor/LICENSE-petrarch2', read(`${PETRARCH}/LICENSE`)],
    ['vendor/LICENSE-plover.md', ploverNotice(readVendorCommit(readme, PLOVER))],
  ]);
  return { files, copies };
}

function ploverNotice(commit: string): string {
  return [
    '# PLOVER table licence',
    '',
    'The files in this folder that carry PLOVER types and modes (`plover-cameo.json`,',
    '`cameo-verbs.json`, `cameo-verb-patterns.json`) are derived from `CAMEO2PLOVER-2021.txt` of',
    `the PLOVER project (github.com/openeventdata/PLOVER, commit ${commit}), edited by`,
    'Philip Schrodt, published under the Creative Commons Attribution-ShareAlike 4.0',
    'International licence (https://creativecommons.org/licenses/by-sa/4.0/). They are shared',
    'under the same licence. Changes: the table was read into JSON and joined to the PETRARCH-2',
    'verb patterns (MIT, see LICENSE-petrarch2) by their CAMEO codes.',
    '',
  ].join('\n');
}

/** The text of every generated file, by path under dictionaries/. */
export function renderConversion(conversion: Conversion): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of conversion.files) out.set(f.file, renderDictionary(f));
  for (const [path, text] of conversion.copies) out.set(path, text);
  return out;
}
