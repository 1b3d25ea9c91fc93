import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { compilePosMachine, HINT_BASE } from '../../src/annotate/syntax/pos-machine.js';
import { loadWinkModel } from '../../src/annotate/syntax/wink-model.js';

const require = createRequire(import.meta.url);

interface Automaton {
  importJSON: (json: string) => void;
  recognize: (tags: unknown[], transformer: unknown, tokens: number[]) => unknown[];
}
const automaton = require('wink-nlp/src/automaton.js') as (
  cache: unknown,
  skip: unknown,
) => Automaton;
const cacheOf = require('wink-nlp/src/cache.js') as (
  core: unknown,
  featureFn: unknown,
) => { value: (i: number) => string; lookup: (s: string) => number[] | null };
const model = loadWinkModel();
const cache = cacheOf((model.core as () => unknown)(), model.featureFn);
const SKIP = cache.lookup(cache.value(0))?.[0];
const posMachines = (model.pos as () => { machines: string[] })().machines;

// wink's own machine on the same tags, its transformer reading the hints given (as the model's
// transformer reads them from the lexicon): the reference.
function winkPatterns(json: string, tags: unknown[], hints: number[]): unknown[] {
  const machine = automaton(cache, cache.value(0));
  machine.importJSON(json);
  const tokens = hints.flatMap((h) => [h, 0, 0, 0]);
  const transform = (pos: unknown, _c: unknown, raw: number[], i: number): unknown =>
    raw[4 * i] ? (raw[4 * i] ?? 0) + HINT_BASE : pos;
  return machine.recognize(tags, transform, tokens);
}

// An invented machine in wink's JSON: states, transitions by tag or hint, "otherwise" exits,
// terminal values (one of them the "found nothing" value "0") and marks.
const INVENTED = JSON.stringify([
  100,
  9,
  {
    0: { 8: 1, 12: 2, [HINT_BASE + 3]: 5, 2070003: 0 },
    1: { 16: 3, 8: 4, 2070003: 6 },
    2: { 12: 2, 2: 7, $of: 3 },
    4: { 16: 8 },
    7: { 8: 9, 2070003: 6 },
  },
  { 3: '-16', 5: '11', 6: '-8', 8: '0', 9: '12' },
  { 3: [1, 0], 9: [0, 1] },
  {},
]);

// Tag sequences drawn from a small alphabet so that the machines' paths are met often: tags as
// numbers and as the numeric strings wink's updater writes, the value the machine skips, hints.
function randomCases(count: number, seed0: number): { tags: unknown[]; hints: number[] }[] {
  let seed = seed0;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
  const alphabet: unknown[] = [0, 1, 2, 3, 5, 6, 8, 12, 13, 16, 18, '8', '16', '12', '1', SKIP];
  return Array.from({ length: count }, () => {
    const n = next() % 14;
    const tags = Array.from({ length: n }, () => alphabet[next() % alphabet.length]);
    const hints = Array.from({ length: n }, () => (next() % 4 === 0 ? next() % 40 : 0));
    return { tags, hints };
  });
}

// The compiled machine finds on 3,000 random cases the patterns wink's own machine finds.
function expectWinksPatterns(json: string, seed: number): void {
  const machine = compilePosMachine(json, SKIP);
  for (const { tags, hints } of randomCases(3000, seed))
    expect([tags, hints, machine?.recognize(tags, hints)]).toEqual([
      tags,
      hints,
      winkPatterns(json, tags, hints),
    ]);
}

describe('compilePosMachine', () => {
  it("finds the patterns wink's automaton finds, on the model's machines and random tags", () => {
    for (const json of posMachines) {
      expect(compilePosMachine(json, SKIP)).not.toBeNull();
      expectWinksPatterns(json, 7);
    }
  });

  it('follows an invented machine: greedy matches, roll-back to "otherwise", marks, "0"', () => {
    expectWinksPatterns(INVENTED, 11);
    const machine = compilePosMachine(INVENTED, SKIP);
    // NOUN VERB: the state-3 pattern, its mark trimming the first token
    expect(machine?.recognize([8, 16], [0, 0])).toEqual([[1, 1, '-16']]);
    // NOUN then nothing it goes on with: the "otherwise" exit of state 1
    expect(machine?.recognize([8, 13], [0, 0])).toEqual([[0, 0, '-8']]);
    // NOUN NOUN VERB ends in the "0" state: nothing is reported
    expect(machine?.recognize([8, 8, 16], [0, 0, 0])).toEqual([]);
    // a hinted token reads as its hint, whatever its tag
    expect(machine?.recognize([13], [3])).toEqual([[0, 0, '11']]);
  });

  it('declines a machine with a key outside the tag and hint ranges, or a dead-end state', () => {
    const odd = (fsm: unknown): string => JSON.stringify([100, 2, fsm, { 2: '-1' }, {}, {}]);
    expect(compilePosMachine(odd({ 0: { 500: 2 } }), SKIP)).toBeNull();
    expect(compilePosMachine(odd({ 0: { 8: 1 } }), SKIP)).toBeNull();
    expect(compilePosMachine(odd({ 0: { 8: 2 } }), SKIP)).not.toBeNull();
  });
});
