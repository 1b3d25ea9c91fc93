import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/annotate/quantities/find-quantities.js';
import { loadUnitIndex } from '../../src/annotate/quantities/load-units.js';

// An invented unit list: the rule must not depend on the shipped dictionary.
const units = loadUnitIndex([
  { unit: 'troops', kind: 'people', words: ['troops', 'soldiers', 'special forces troops'] },
  { unit: 'casualties', kind: 'people', words: ['killed or wounded', 'casualties'] },
  { unit: 'killed', kind: 'people', words: ['killed', 'dead'] },
  { unit: 'missiles', kind: 'weapons', words: ['missiles', 'ballistic missiles'] },
  { unit: 'vessels', kind: 'vehicles', words: ['boats'] },
]);

const FOUND: [string, number | null, string, string][] = [
  ['about 10,000 North Korean soldiers arrived', 10000, 'troops', 'about'],
  ['up to 12,000 troops', 12000, 'troops', 'up to'],
  ['more than 3,000 killed or wounded', 3000, 'casualties', 'more than'],
  ['several short-range ballistic missiles', null, 'missiles', 'several'],
  ['around 1,500 special forces troops', 1500, 'troops', 'about'],
  ['etwa 10.000 soldiers', 10000, 'troops', 'exact'],
  ['3 million soldiers', 3_000_000, 'troops', 'exact'],
  ['three soldiers were hurt', 3, 'troops', 'exact'],
  ['dozens of boats', null, 'vessels', 'dozens'],
  ['between 11,000 to 12,000 troops', 11000, 'troops', 'exact'],
  ['at least 14,000 dead', 14000, 'killed', 'at least'],
  ['as many as 2.5 million soldiers', 2_500_000, 'troops', 'up to'],
];

const NOTHING = [
  'the war ended in 1953',
  'on October 24, 2024 the chamber voted',
  'a 10,000-word report',
  'raised prices by 12 percent',
  'one of the ministers said',
  'in 2022 Russia invaded',
];

describe('findQuantities', () => {
  it.each(FOUND)('%s', (text, value, unit, qualifier) => {
    const q = findQuantities(text, units)[0]?.quantity;
    expect(q).toMatchObject({ value, unit, qualifier });
    expect(q && text.slice(q.span?.start, q.span?.end)).toBe(q?.text);
  });
  it.each(NOTHING)('finds nothing in %s', (text) => {
    expect(findQuantities(text, units)).toEqual([]);
  });
});
