import { describe, expect, it } from 'vitest';
import { loadActorDictionaries } from '../../src/annotate/actors/actor-dictionaries.js';
import { loadActorIndex } from '../../src/annotate/actors/actor-index.js';
import { readCountryRecords } from '../../src/annotate/actors/country-records.js';
import { findActorMentions } from '../../src/annotate/actors/find-actor-mentions.js';
import { splitSentences } from '../../src/annotate/sentences/split-sentences.js';
import { inventedArticle } from './support/invented-actors.js';

const dicts = loadActorDictionaries();
const iso = new Set(readCountryRecords().map((r) => r.code));
const codes = new Set([...iso, ...dicts.organisations.map((o) => o.code)]);
const sectors = new Set(dicts.sectors.map((s) => s.code));
const roles = new Set(dicts.roles.map((r) => r.id));

describe('actor dictionaries (real files)', () => {
  it('load, every row parsed and no key repeated (the loader checks both)', () => {
    expect(dicts.institutions.length).toBeGreaterThan(50);
    expect(dicts.officeHolders.length).toBeGreaterThan(50);
  });

  it('organisation codes are not ISO codes', () => {
    for (const o of dicts.organisations) expect(iso.has(o.code), o.code).toBe(false);
  });

  it('every code is an ISO alpha-3 code or a known organisation code', () => {
    const used = [
      ...dicts.countryForms.map((e) => e.code),
      ...dicts.ambiguousNames.flatMap((e) => [e.code, e.otherCode]),
      ...dicts.institutions.map((e) => e.code),
      ...dicts.officeHolders.map((e) => e.code),
      ...dicts.roles.flatMap((e) => (e.defaultCode ? [e.defaultCode] : [])),
    ];
    for (const c of used) expect(codes.has(c), c).toBe(true);
  });

  it('every sector is in sectors.json', () => {
    const used = [
      ...dicts.institutions.map((e) => e.sector),
      ...dicts.sectorNouns.map((e) => e.sector),
      ...dicts.roles.map((e) => e.sector),
      ...dicts.officeHolders.map((e) => e.sector),
    ];
    for (const s of used) expect(sectors.has(s), s).toBe(true);
  });

  it('every office holder has a known role and holders of one name do not overlap in time', () => {
    for (const h of dicts.officeHolders) expect(roles.has(h.role), `${h.id}: ${h.role}`).toBe(true);
    const byName = new Map<string, typeof dicts.officeHolders>();
    for (const h of dicts.officeHolders)
      for (const n of h.names) byName.set(n, [...(byName.get(n) ?? []), h]);
    for (const [name, holders] of byName) {
      const sorted = [...holders].sort((a, b) => (a.from < b.from ? -1 : 1));
      for (let i = 1; i < sorted.length; i++) {
        const prev = sorted[i - 1];
        const cur = sorted[i];
        if (prev && cur) expect(prev.to !== null && prev.to <= cur.from, name).toBe(true);
      }
    }
  });

  it('no name stands for two institutions, and no two nouns share a name', () => {
    const seen = new Map<string, string>();
    for (const e of [...dicts.institutions, ...dicts.sectorNouns, ...dicts.roles])
      for (const n of e.names) {
        expect(seen.get(n), `"${n}" in ${e.id} and ${seen.get(n) ?? ''}`).toBeUndefined();
        seen.set(n, e.id);
      }
  });

  it('every emitted sector and code of the compiled index is valid', () => {
    const index = loadActorIndex();
    expect(index.validCodes.size).toBe(codes.size);
    expect(index.trie.size).toBeGreaterThan(1000);
  });
});

describe('bodies under their other names and spellings (real files)', () => {
  const index = loadActorIndex();
  const codeOf = (text: string): string[] => {
    const article = inventedArticle(text, '2024-11-06');
    return findActorMentions(article, splitSentences(article), index).map(
      (m) => `${m.text}|${m.actor.code}`,
    );
  };
  it.each([
    ['The European Community sent Freedonia grain.', 'European Community|EUR'],
    ['The European Economic Community sent Freedonia grain.', 'European Economic Community|EUR'],
    ['The International Labor Office urged Freedonia to act.', 'International Labor Office|UNO'],
    [
      'The International Labour Organisation urged Freedonia to act.',
      'International Labour Organisation|UNO',
    ],
  ])('%s', (text, found) => {
    expect(codeOf(text)).toContain(found);
  });
  it('negative: a community or an office of a state is no international body', () => {
    expect(codeOf('The Freedonian Community Office urged calm.').join()).not.toMatch(/EUR|UNO/);
    expect(codeOf('The community of Fredville sent grain.').join()).not.toMatch(/EUR/);
  });
});

// The actors the real files find in an invented sentence: "text|code|sector".
function found(text: string): string[] {
  const article = inventedArticle(text, '2024-11-06');
  return findActorMentions(article, splitSentences(article), loadActorIndex()).map(
    (m) => `${m.text}|${m.actor.code}|${m.actor.sector ?? '-'}`,
  );
}

describe('ministers beyond foreign affairs and defence (real files)', () => {
  it.each([
    ["Chile's interior minister spoke on Monday.", "Chile's interior minister|CHL|GOV"],
    ['The finance minister of Chile spoke on Monday.', 'finance minister of Chile|CHL|GOV'],
    ['The Chilean justice minister spoke on Monday.', 'Chilean justice minister|CHL|GOV'],
  ])('%s', (text, who) => {
    expect(found(text)).toContain(who);
  });
  it('negative: a minister with no state names no party', () => {
    expect(found('The minister spoke on Monday.')).toEqual([]);
    expect(found('Interior Minister Ana Lopez spoke on Monday.')).toEqual([]);
  });
});

describe('parties of a state (real files)', () => {
  it.each([
    ["A spokesman for Chile's ruling party spoke.", "Chile's ruling party|CHL|PTY"],
    ['The ruling party of Chile spoke.', 'ruling party of Chile|CHL|PTY'],
    ['Chilean opposition parties spoke.', 'Chilean opposition parties|CHL|OPP'],
  ])('%s', (text, who) => {
    expect(found(text)).toContain(who);
  });
  it('negative: a ruling party with no state names no party', () => {
    expect(found('The ruling party spoke on Monday.')).toEqual([]);
  });
});
