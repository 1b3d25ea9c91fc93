import { describe, expect, it } from 'vitest';
import { buildActorIndex } from '../../src/annotate/actors/actor-index.js';
import { findActorMentions } from '../../src/annotate/actors/find-actor-mentions.js';
import {
  keyHash,
  nameKey,
  readVendorActors,
  toSitrepCode,
  vendorNamesOf,
  vendorRoleOn,
  type VendorActor,
} from '../../src/annotate/actors/vendor-actors.js';
import { splitSentences } from '../../src/annotate/sentences/split-sentences.js';
import { tokenizeRange } from '../../src/annotate/mention-utils.js';
import { INVENTED_ACTORS, INVENTED_STATES, inventedArticle } from './support/invented-actors.js';

const codes = new Set(['FRD', 'SYL', 'UNO', 'IGO', 'NGO', 'IMG', 'NATO', 'EUR']);
const sectors = new Set(['GOV', 'MIL', 'REB', 'ELI', 'NGO']);

describe('CAMEO codes in Sitrep terms', () => {
  it.each([
    ['FRDGOV', { code: 'FRD', sector: 'GOV' }],
    ['FRDMILSPY', { code: 'FRD', sector: 'MIL' }],
    ['FRDUAF', { code: 'FRD', sector: null }],
    ['IGOUNOIAE', { code: 'UNO', sector: 'GOV' }],
    ['IGOWSTNAT', { code: 'NATO', sector: 'GOV' }],
    ['IGOAFRAFU', { code: 'IGO', sector: 'GOV' }],
    ['IMGMUSALQ', { code: 'IMG', sector: 'REB' }],
    ['NGOHRI', { code: 'NGO', sector: 'NGO' }],
    ['MNCUSA', null],
    ['XYZREB', null],
  ])('%s', (cameo, expected) => {
    expect(toSitrepCode(cameo, codes, sectors)).toEqual(expected);
  });
});

const firefly: VendorActor = {
  id: 'chico-marx',
  name: 'chico marx',
  fallback: { code: 'FRD', sector: 'ELI', from: null, to: null },
  roles: [
    { code: 'FRD', sector: 'GOV', from: '2010-01-01', to: '2014-12-31' },
    { code: 'FRD', sector: 'MIL', from: '2016-01-01', to: null },
  ],
};

describe('the role that held on the day wins', () => {
  it.each([
    ['2012-06-01', 'GOV'],
    ['2015-06-01', 'ELI'],
    ['2024-06-01', 'MIL'],
  ])('on %s: %s', (day, sector) => {
    expect(vendorRoleOn(firefly, day)?.sector).toBe(sector);
  });
  it('without a fallback, the latest role begun before the day', () => {
    const noFallback = { ...firefly, fallback: null };
    expect(vendorRoleOn(noFallback, '2015-06-01')?.sector).toBe('GOV');
  });
  it('before every role and without a fallback, the earliest role: the state stays', () => {
    const noFallback = { ...firefly, fallback: null };
    expect(vendorRoleOn(noFallback, '2000-01-01')).toMatchObject({ code: 'FRD', sector: 'GOV' });
  });
  it('negative: an actor with no role and no fallback has none on any day', () => {
    expect(vendorRoleOn({ ...firefly, fallback: null, roles: [] }, '2000-01-01')).toBeNull();
  });
});

describe('vendor names under the curated dictionaries', () => {
  const vendor = new Map<string, VendorActor>([
    [nameKey('Chico Ravelli K. Marx'), firefly],
    [nameKey('Rufus T. Firefly'), { ...firefly, id: 'rufus' }],
    [nameKey('Pinky al Tinkle'), { ...firefly, id: 'pinky', name: 'pinky al tinkle' }],
    [
      nameKey('Organization of Sylvanian Unity'),
      {
        id: 'osu',
        name: 'organization of sylvanian unity',
        fallback: { code: 'IGO', sector: 'GOV', from: null, to: null },
        roles: [],
      },
    ],
    [
      nameKey('Sylvanian Islamic Front'),
      {
        id: 'sif',
        name: 'sylvanian islamic front',
        fallback: null,
        roles: [],
        regionalSector: 'REB',
      },
    ],
    [
      nameKey('Islamic Front'),
      { id: 'if', name: 'islamic front', fallback: null, roles: [], regionalSector: 'REB' },
    ],
    [
      nameKey('Defense'),
      {
        id: 'cv',
        name: 'defense',
        fallback: { code: 'FRD', sector: 'GOV', from: null, to: null },
        roles: [],
      },
    ],
    [
      nameKey('Sylvanian Liberation Front'),
      {
        id: 'slf',
        name: 'sylvanian liberation front',
        fallback: { code: 'SYL', sector: 'REB', from: null, to: null },
        roles: [],
      },
    ],
  ]);
  const index = {
    ...buildActorIndex(INVENTED_ACTORS, INVENTED_STATES),
    vendorActors: () => vendorNamesOf(vendor),
  };
  const find = (text: string): string[] => {
    const article = inventedArticle(text, '2024-11-06');
    return findActorMentions(article, splitSentences(article), index).map(
      (m) => `${m.text}|${m.actor.code}|${m.actor.sector ?? '-'}|${m.ruleId}`,
    );
  };
  it('finds a vendor person by full name, with the role of the day', () => {
    expect(find('Chico Ravelli K. Marx spoke on Monday.')).toContain(
      'Chico Ravelli K. Marx|FRD|MIL|actor/vendor-name',
    );
  });
  it('finds an armed group where no curated phrase stands', () => {
    expect(find('The Sylvanian Liberation Front attacked a post.')).toContain(
      'Sylvanian Liberation Front|SYL|REB|actor/vendor-name',
    );
  });
  it('needs the capitals of a name', () => {
    expect(find('the sylvanian liberation front was a novel.').join()).not.toMatch(/vendor/);
  });
  it('leaves curated names to the curated dictionaries', () => {
    expect(find('Freedonia said no.').join()).not.toMatch(/vendor/);
    expect(find('Rufus T. Firefly said no.').join()).not.toMatch(/vendor/);
  });
  it.each(['Pinky El Tinkle', 'Pinky el-Tinkle', 'Pinky Al-Tinkle', 'Pinky al-Tinkle'])(
    'reads the Arabic article as the files write it: %s',
    (name) => {
      expect(find(`${name} spoke on Monday.`)).toContain(`${name}|FRD|MIL|actor/vendor-name`);
    },
  );
  it('reads British spellings of a body as the files write them', () => {
    expect(find('The Organisation of Sylvanian Unity met on Monday.')).toContain(
      'Organisation of Sylvanian Unity|IGO|GOV|actor/vendor-name',
    );
  });
  it.each([
    ["another word in the article's place", 'Pinky Elf Tinkle spoke on Monday.'],
    ['the article first, not inside a name', 'El Tinkle spoke on Monday.'],
    ['one word spelt otherwise', 'Defence spoke on Monday.'],
  ])('negative: %s', (_why, text) => {
    expect(find(text).join()).not.toMatch(/vendor/);
  });
  it('a group coded by a region takes the state its name starts with', () => {
    expect(find('The Sylvanian Islamic Front attacked a post.')).toContain(
      'Sylvanian Islamic Front|SYL|REB|actor/vendor-name',
    );
  });
  it('negative: a group coded by a region whose name names no state stays uncoded', () => {
    expect(find('The Islamic Front attacked a post.').join()).not.toMatch(/vendor/);
  });
  it('knows the longest name each first word starts, and that most words start none', () => {
    const names = vendorNamesOf(vendor);
    expect(names.longestFrom('sylvanian')).toBe(3);
    expect(names.longestFrom('chico')).toBe(5);
    expect(names.longestFrom('liberation')).toBe(0);
    expect(names.longestFrom('freedonia')).toBe(0);
  });
  it.each([
    ['a center', 'The Center of Sylvanian Liberation Front claims the troops left.'],
    ['an institute, with "for the"', 'The Institute for the Sylvanian Liberation Front opened.'],
    ['a museum', 'Visitors filled the Museum of the Sylvanian Liberation Front.'],
  ])(
    'a vendor name at the tail of a body’s name names that body, not the group: %s',
    (_w, text) => {
      expect(find(text).join()).not.toMatch(/vendor/);
    },
  );
  it.each([
    ['a title names the group’s man', 'The Commander of the Sylvanian Liberation Front spoke.'],
    ['members of the group', 'Members of the Sylvanian Liberation Front attacked a post.'],
    ['a lower-case head is no body’s name', 'A center of the Sylvanian Liberation Front was hit.'],
  ])('negative: %s', (_why, text) => {
    expect(find(text)).toContain('Sylvanian Liberation Front|SYL|REB|actor/vendor-name');
  });
  it('finds a name that starts inside a longer capitalised run', () => {
    expect(find('Envoy Sylvanian Liberation Front leaders met.')).toContain(
      'Sylvanian Liberation Front|SYL|REB|actor/vendor-name',
    );
  });
});

describe('the shipped vendor files', () => {
  const names = readVendorActors(new Set(['USA', 'RUS']), new Set(['GOV', 'ELI']));
  it('a name of the current file resolves', () => {
    expect(vendorRoleOn(names.get('vladimir putin')!, '2024-11-06')?.code).toBe('RUS');
  });
  it('a person whose roles all ended before 2010 still names his state', () => {
    expect(vendorRoleOn(names.get('bill clinton')!, '2024-11-06')?.code).toBe('USA');
    expect(vendorRoleOn(names.get('bill clinton')!, '1999-12-01')).toMatchObject({
      code: 'USA',
      sector: 'GOV',
    });
  });
  it("a group the files code by a region keeps the region code's sector, and no code", () => {
    const withRebels = readVendorActors(new Set(['USA', 'RUS']), new Set(['GOV', 'ELI', 'REB']));
    const group = withRebels.get('eritrean islamic jihad');
    expect(group?.regionalSector).toBe('REB');
    expect(vendorRoleOn(group!, '2024-11-06')).toBeNull();
    expect(names.get('bill clinton')?.regionalSector).toBeUndefined();
  });
  it('negative: a name in no file is not found', () => {
    expect(names.get('rufus t firefly')).toBeUndefined();
  });
  it('finds a name by its tokens and their hash as it does by the joined key', () => {
    const text = 'Vladimir Putin and Bill Clinton';
    const tokens = tokenizeRange(text, 0, text.length);
    const hashOf = (from: number, to: number): number => {
      let h = keyHash(tokens[from]!.key);
      for (let k = from + 1; k < to; k++) h = keyHash(tokens[k]!.key, h);
      return h;
    };
    expect(hashOf(0, 2)).toBe(keyHash('vladimir putin'));
    expect(names.getJoined(hashOf(0, 2), tokens, 0, 2)).toBe(names.get('vladimir putin'));
    expect(names.getJoined(hashOf(3, 5), tokens, 3, 5)).toBe(names.get('bill clinton'));
  });
  it('negative: a hash alone finds nothing the tokens do not read', () => {
    const text = 'Vladimir Putins';
    const tokens = tokenizeRange(text, 0, text.length);
    expect(names.getJoined(keyHash('vladimir putin'), tokens, 0, 2)).toBeUndefined();
  });
});
