import { describe, expect, it } from 'vitest';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { vendorTriggers, type VendorPattern } from '../../src/code/vendor-triggers.js';
import type { Event } from '../../src/model/index.js';
import { analyze } from '../../src/pipeline.js';

function pattern(verb: string, after: string[], type: VendorPattern['type']): VendorPattern {
  return {
    id: verb,
    block: verb,
    verbs: [verb],
    before: [],
    after,
    cameo: '190',
    type,
    mode: null,
  };
}
const verbs = ['plunder', 'scold', 'burgle', 'ransack', 'wave'].map((lemma) => ({
  id: lemma,
  lemma,
}));
const curated: TriggerEntry[] = [
  { id: 'burgle', pos: 'verb', lemma: 'burgle', type: 'ASSAULT', mode: null },
  { id: 'fire-on', pos: 'verb', lemma: 'fire', type: 'ASSAULT', mode: null },
];

describe('triggers from the field verb patterns', () => {
  const made = (p: VendorPattern): TriggerEntry[] => vendorTriggers([p], verbs, curated);
  it('a material pattern becomes a verb with its object, leading preposition dropped', () => {
    expect(made(pattern('plunder', ['in', 'granary'], 'ASSAULT'))).toEqual([
      {
        id: 'vendor-plunder-granary',
        pos: 'verb',
        lemma: 'plunder',
        type: 'ASSAULT',
        mode: null,
        object: ['granary'],
      },
    ]);
  });
  it.each([
    ['a verbal type', pattern('scold', ['envoy'], 'ACCUSE')],
    ['a verb the curated triggers have', pattern('burgle', ['granary'], 'ASSAULT')],
    [
      'an object the curated triggers code otherwise',
      pattern('wave', ['under', 'fire'], 'PROTEST'),
    ],
    ['an object ending on a function word', pattern('ransack', ['granary', 'for'], 'ASSAULT')],
    ['a synonym set', pattern('ransack', ['&granary'], 'ASSAULT')],
    ['words before the verb', { ...pattern('ransack', ['granary'], 'ASSAULT'), before: ['mob'] }],
    ['a verb that is no CAMEO lemma', pattern('pillage', ['granary'], 'ASSAULT')],
  ])('none from %s', (_why, p) => {
    expect(made(p)).toEqual([]);
  });
});

describe('shipped vendor triggers', () => {
  const types = (text: string): string[] =>
    analyze(text, { published: '2024-11-06' }).events.map((e: Event) => e.type);
  it('code a verb the curated list lacks, with the object its pattern names', () => {
    expect(types('Estonian soldiers looted Latvian homes on Monday.')).toContain('ASSAULT');
  });
  it('not without that object', () => {
    expect(types('Estonian writers looted Latvian novels for ideas on Monday.')).toEqual([]);
  });
});
