import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/annotate/quantities/find-quantities.js';
import { loadUnitIndex, unitKind, withModels } from '../../src/annotate/quantities/load-units.js';

// An invented unit list: the rule must not depend on the shipped dictionary.
const units = loadUnitIndex([
  { unit: 'troops', kind: 'people', words: ['troops', 'soldiers', 'special forces troops'] },
  { unit: 'people', kind: 'people', words: ['people', 'civilians', 'others'] },
  { unit: 'sappers', kind: 'people', words: ['sappers'] },
  { unit: 'casualties', kind: 'losses', words: ['killed or wounded', 'casualties'] },
  { unit: 'killed', kind: 'losses', words: ['killed', 'dead'], verbs: ['killing', 'gunned down'] },
  { unit: 'wounded', kind: 'losses', words: ['wounded', 'hurt'], verbs: ['wounding'] },
  { unit: 'captured', kind: 'losses', words: ['captured', 'prisoner'], verbs: ['captured'] },
  { unit: 'missiles', kind: 'weapons', words: ['missiles', 'ballistic missiles'] },
  { unit: 'containers', kind: 'weapons', words: ['containers'] },
  { unit: 'vessels', kind: 'vehicles', words: ['boats'] },
]);

const FOUND: [string, number | null, string, string][] = [
  ['about 10,000 Freedonian soldiers arrived', 10000, 'troops', 'about'],
  ['up to 12,000 troops', 12000, 'troops', 'up to'],
  ['more than 3,000 killed or wounded', 3000, 'casualties', 'more than'],
  ['several short-range ballistic missiles', null, 'missiles', 'several'],
  ['around 1,500 special forces troops', 1500, 'troops', 'about'],
  ['etwa 10.000 soldiers', 10000, 'troops', 'exact'],
  ['3 million soldiers', 3_000_000, 'troops', 'exact'],
  ['dozens of boats', null, 'vessels', 'dozens'],
  ['between 11,000 to 12,000 troops', 11000, 'troops', 'exact'],
  ['at least 14,000 dead', 14000, 'killed', 'at least'],
  ['as many as 2.5 million soldiers', 2_500_000, 'troops', 'up to'],
  // written numbers: a scale joined by a hyphen, a dozen, grouping by spaces
  ['some 12-thousand troops', 12000, 'troops', 'about'],
  ['some 15-hundred special forces troops', 1500, 'troops', 'about'],
  ['a dozen soldiers', 12, 'troops', 'exact'],
  ['one thousand sappers', 1000, 'sappers', 'exact'],
  ['approximately 12 000 soldiers', 12000, 'troops', 'about'],
  // amounts without a number keep their words as the qualifier
  ['tens of thousands of troops', null, 'troops', 'tens of thousands'],
  ['hundreds of thousands of soldiers', null, 'troops', 'hundreds of thousands'],
  // containers are their own unit
  ['more than 10,000 containers of weapons', 10000, 'containers', 'more than'],
];

describe('findQuantities', () => {
  it.each(FOUND)('%s', (text, value, unit, qualifier) => {
    const q = findQuantities(text, units)[0]?.quantity;
    expect(q).toMatchObject({ value, unit, qualifier });
    expect(q && text.slice(q.span?.start, q.span?.end)).toBe(q?.text);
  });

  const NOTHING = [
    'the war ended in 1953',
    'on October 24, 2024 the chamber voted',
    'a 10,000-word report',
    'raised prices by 12 percent',
    'one of the ministers said',
    'in 2022 Russia invaded',
    'between 2019 and 2021 the border stayed quiet',
    // a comma ends the figure's phrase: the count is of brigades, which are no unit here
    'troops from four brigades, including special forces troops',
    'dozens of brigades, including special forces troops',
  ];
  it.each(NOTHING)('finds nothing in %s', (text) => {
    expect(findQuantities(text, units)).toEqual([]);
  });
});

describe('findQuantities: ranges keep their upper bound', () => {
  const RANGES: [string, number, number | null][] = [
    ['10,000-12,000 of its troops', 10000, 12000],
    ['between 11,000 and 12,000 Sylvanian soldiers', 11000, 12000],
    ['between 11,000 to 12,000 troops', 11000, 12000],
    ['10–12 thousand troops', 10000, 12000],
    ['up to 12,000 troops', 12000, 12000],
    ['some 12-thousand troops', 12000, null],
    ['15-hundred soldiers', 1500, null],
    ['2,000 troops', 2000, null],
  ];
  it.each(RANGES)('%s', (text, value, upper) => {
    const q = findQuantities(text, units)[0]?.quantity;
    expect(q?.value).toBe(value);
    expect(q?.upper ?? null).toBe(upper);
  });

  it('reads "A and B troops" without "between" as two figures, not a range', () => {
    const found = findQuantities('Freedonia sent 1,500 and then 3,000 troops', units);
    expect(found.map((f) => [f.quantity.value, f.quantity.upper ?? null])).toEqual([[3000, null]]);
    const two = findQuantities('1,500 soldiers and 300 sappers', units);
    expect(two.map((f) => [f.quantity.value, f.quantity.unit])).toEqual([
      [1500, 'troops'],
      [300, 'sappers'],
    ]);
  });

  it('drops an upper bound that is not above the lower one', () => {
    expect(findQuantities('12-10 soldiers', units)[0]?.quantity.upper ?? null).toBeNull();
  });
});

describe('findQuantities: losses are their own figures, never troop strength', () => {
  const LOSSES: [string, number, string][] = [
    ['around 1,100 Freedonian soldiers have been killed or wounded', 1100, 'casualties'],
    ['50 Sylvanian soldiers were killed', 50, 'killed'],
    ['some 100 Freedonian soldiers are believed to have been killed', 100, 'killed'],
    ['the raid left 26 civilians dead', 26, 'killed'],
    ['three soldiers were hurt', 3, 'wounded'],
    ['killing at least 31 people', 31, 'killed'],
    ['gunmen gunned down 26 civilians', 26, 'killed'],
    ['wounding 12 others', 12, 'wounded'],
    ['Sylvania captured two Freedonian soldiers', 2, 'captured'],
    ['took at least two prisoner', 2, 'captured'],
    ['100 Freedonian soldiers stationed in Sylvania have been killed', 100, 'killed'],
    ['three soldiers aboard the boat were hurt', 3, 'wounded'],
    [
      'more than 2 000 soldiers from the Freedonian army had already been killed or wounded',
      2000,
      'casualties',
    ],
  ];
  it.each(LOSSES)('%s', (text, value, unit) => {
    expect(findQuantities(text, units)[0]?.quantity).toMatchObject({ value, unit });
  });

  const TROOPS = [
    '10,000 Freedonian troops were deployed to the front',
    '3,000 soldiers have been sent to replace those killed',
    'Freedonia, which killed no one, sent 2,000 troops',
    '5,000 soldiers who trained in Sylvania',
    '2,000 soldiers stationed in the north were moved south',
    '3,000 soldiers arrived and 40 civilians were killed',
  ];
  it.each(TROOPS)('stays a troop count: %s', (text) => {
    expect(findQuantities(text, units)[0]?.quantity.unit).toBe('troops');
  });
});

describe('findQuantities: a number ends its word', () => {
  it.each([
    '"hundreds" of casualties were reported',
    'tens of soldiers',
    'the 10C fighters arrived',
    'several hundred casualties',
  ])('no figure: %s', (text) => {
    expect(findQuantities(text, units).filter((q) => q.quantity.value !== null)).toEqual([]);
  });

  it.each([
    ['a hundred soldiers', 100],
    ['two hundred soldiers', 200],
    ['some 12-thousand troops', 12000],
    ['10,000-12,000 troops', 10000],
  ] as const)('negative: %s', (text, value) => {
    expect(findQuantities(text, units)[0]?.quantity.value).toBe(value);
  });
});

describe('findQuantities: a model of a unit is its own unit', () => {
  const withModel = loadUnitIndex([
    { unit: 'troops', kind: 'people', words: ['troops', 'fighters'] },
    { unit: 'aircraft', kind: 'vehicles', words: ['jets', 'aircraft'] },
    { unit: 'Kestrels', kind: 'vehicles', of: 'aircraft', words: ['kestrel', 'kestrels'] },
  ]);
  it.each([
    ['three Kestrel fighters', 3, 'Kestrels'],
    ['four Freedonian-made Kestrels', 4, 'Kestrels'],
    ['two Kestrel jets', 2, 'Kestrels'],
    ['negative: 30 fighters', 30, 'troops'],
    ['negative: five Freedonian jets', 5, 'aircraft'],
  ] as const)('%s', (text, value, unit) => {
    expect(findQuantities(text, withModel)[0]?.quantity).toMatchObject({ value, unit });
  });

  it('lists a unit with its models', () => {
    expect(withModels(['aircraft', 'troops'], withModel)).toEqual([
      'aircraft',
      'Kestrels',
      'troops',
    ]);
  });
});

describe('unitKind', () => {
  it('says what a unit counts', () => {
    expect(unitKind('killed', units)).toBe('losses');
    expect(unitKind('troops', units)).toBe('people');
    expect(unitKind('furlongs', units)).toBeNull();
  });
});
