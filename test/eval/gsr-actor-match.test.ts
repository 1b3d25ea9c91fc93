import { describe, expect, it } from 'vitest';
import { sameActor } from '../../src/eval/gsr-eval.js';

describe('PLOVER gold actor codes against Sitrep codes', () => {
  it.each([
    // the gold's class code for intergovernmental bodies takes any body of that class
    ['IGO', 'UNO', true],
    ['IGO', 'EUR', true],
    ['IGO', 'NATO', true],
    ['IGO', 'IGO', true],
    // states and other classes match only themselves
    ['FRA', 'FRA', true],
    ['IGO', 'NGO', false],
    ['IGO', 'FRA', false],
    ['NGO', 'UNO', false],
    // a gold that names the body wants that body, not the class
    ['UNO', 'IGO', false],
    ['UNO', 'NATO', false],
  ])('gold %s, Sitrep %s: %s', (gold, got, expected) => {
    expect(sameActor(gold, got)).toBe(expected);
  });
});
