import { describe, expect, it } from 'vitest';
import {
  readActorFile,
  readRestriction,
  readRestrictionDate,
} from '../../src/dictionaries/convert/read-actor-file.js';
import { readAgents } from '../../src/dictionaries/convert/read-agents.js';
import { readPloverTable } from '../../src/dictionaries/convert/read-plover-table.js';
import { readVerbDictionary } from '../../src/dictionaries/convert/read-verb-dictionary.js';

describe('actor file reader', () => {
  it.each([
    ['990809', '1999-08-09'],
    ['080508', '2008-05-08'],
    ['18970101', '1897-01-01'],
    ['2004017', null],
    ['991399', null],
  ])('reads restriction date %s as %s', (raw, day) => {
    expect(readRestrictionDate(raw)).toBe(day);
  });
  it('reads open, closed and default restrictions', () => {
    expect(readRestriction('FRDGOV >150301')).toEqual({
      code: 'FRDGOV',
      from: '2015-03-01',
      to: null,
    });
    expect(readRestriction('FRDELI <150301')).toEqual({
      code: 'FRDELI',
      from: null,
      to: '2015-03-01',
    });
    expect(readRestriction('FRDGOV 120101-150301')).toEqual({
      code: 'FRDGOV',
      from: '2012-01-01',
      to: '2015-03-01',
    });
    expect(readRestriction('FRDELI')).toBe('default');
    expect(readRestriction('FRDGOV 12-x')).toBeNull();
  });
  it('reads a state, a person with dated roles and a body', () => {
    const text = [
      '# invented',
      'FREEDONIA_  [FRD]',
      '+FREEDONIAN',
      '+FREDBURG_',
      'RUFUS_T._FIREFLY_  # a comment',
      '+PRESIDENT_FIREFLY_',
      '\t[FRDGOV 330101-331231]',
      '\t[FRDELI]',
      'FREEDONIAN_ARMY',
      '\t[FRDMIL]',
      'UNCODED_PHRASE_',
      '\t[FRDGOV 12-x]',
    ].join('\n');
    const { records, skipped } = readActorFile(text);
    expect(records[0]).toEqual({
      names: ['freedonia', 'freedonian', 'fredburg'],
      code: 'FRD',
      roles: [],
    });
    expect(records[1]).toEqual({
      names: ['rufus t. firefly', 'president firefly'],
      code: 'FRDELI',
      roles: [{ code: 'FRDGOV', from: '1933-01-01', to: '1933-12-31' }],
    });
    expect(records[2]).toMatchObject({ names: ['freedonian army'], code: 'FRDMIL' });
    expect(records[3]).toMatchObject({ code: null, roles: [] });
    expect(skipped).toBe(1);
  });
  it('reads a dated restriction on the primary line', () => {
    const { records } = readActorFile('GROUCHO_MARX_ [FRDMED <061231]\n');
    expect(records[0]).toEqual({
      names: ['groucho marx'],
      code: null,
      roles: [{ code: 'FRDMED', from: null, to: '2006-12-31' }],
    });
  });
});

describe('agents reader', () => {
  it('expands macros and keeps the code', () => {
    const agents = readAgents('!PERSON! = MAN, WOMAN\nWATCH!PERSON! [~COP]\nSENTRY [~MILGOV]\n');
    expect(agents).toEqual([
      { names: ['watch man', 'watch woman'], code: 'COP' },
      { names: ['sentry'], code: 'MILGOV' },
    ]);
  });
});

describe('verb dictionary reader', () => {
  const text = [
    '####### SYNONYM SETS #######',
    '&BOAT',
    '+FERRY',
    '+BARGE',
    '',
    '####### VERB PATTERNS #######',
    '---  SKIRMISH   [190]  ---',
    'SKIRMISH',
    'TUSSLE {TUSSLES TUSSLING TUSSLED } [182]',
    '+LOCK_HORNS',
    '- * (OVER &BOAT)           [193]   # SKIRMISH',
    '- * (IN DEBATE)            [---]   # TUSSLE',
    '---  PONDER   [---]  ---',
    'PONDER',
    '######## TRANSFORMATIONS ##########',
    '~ a (a b ATTACK) SAY = a b 015',
  ].join('\n');
  const dict = readVerbDictionary(text);
  it('reads synonym sets', () => {
    expect(dict.synonyms.get('&boat')).toEqual(['ferry', 'barge']);
  });
  it('reads verbs with their forms and codes', () => {
    expect(dict.verbs).toEqual([
      { block: 'skirmish', lemma: 'skirmish', forms: [], cameo: '190' },
      {
        block: 'skirmish',
        lemma: 'tussle',
        forms: ['tussles', 'tussling', 'tussled'],
        cameo: '182',
      },
      { block: 'skirmish', lemma: 'lock horns', forms: [], cameo: '190' },
      { block: 'ponder', lemma: 'ponder', forms: [], cameo: null },
    ]);
  });
  it('reads patterns, a null code as null', () => {
    expect(dict.patterns[0]).toMatchObject({
      verbs: ['skirmish'],
      before: [],
      after: ['over', '&boat'],
      cameo: '193',
    });
    expect(dict.patterns[1]?.cameo).toBeNull();
  });
});

describe('PLOVER table reader', () => {
  it('reads type, mode and context; skips headings', () => {
    const table = readPloverTable(
      '19: ASSAULT\n193: ASSAULT, firearms, military # Fight with small arms\n0841: RETREAT, release,   legal # Return\n',
    );
    expect([...table.keys()]).toEqual(['193', '0841']);
    expect(table.get('0841')).toMatchObject({ type: 'RETREAT', mode: 'release', context: 'legal' });
  });
});
