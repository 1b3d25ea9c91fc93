import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import { buildAnnotated } from './support/build-annotated.js';
import { testDictionaries } from './support/test-dictionaries.js';

const dicts = testDictionaries();

/** Each event's figure as `TYPE value[-upper] unit of PARTY`. */
function figures(text: string): string[] {
  return explainEvents(buildAnnotated(text), dicts).events.map((e) => {
    const q = e.quantity;
    if (!q) return `${e.type} -`;
    const amount = `${q.value ?? q.qualifier}${q.upper && q.upper !== q.value ? `-${q.upper}` : ''}`;
    return `${e.type} ${amount} ${q.unit} of ${q.party?.code ?? '?'}`;
  });
}

// Freedonia = FRD, Sylvania = SYL (test dictionaries).
const ROWS: [string, string, string[]][] = [
  [
    'troops named with their side count that side',
    'About 3,000 Freedonian soldiers have been deployed to Sylvania.',
    ['AID 3000 troops of FRD'],
  ],
  [
    'a range keeps both bounds; troops count the sender',
    'Freedonia sent 10,000-12,000 troops to Sylvania on Friday.',
    ['AID 10000-12000 troops of FRD'],
  ],
  [
    'a written scale joined by a hyphen is read whole',
    'Freedonia sent some 12-thousand troops to Sylvania on Friday.',
    ['AID 12000 troops of FRD'],
  ],
  [
    'an attack counts the losses of the side it hit',
    'Freedonia shelled Sylvania on Monday, killing 12 soldiers.',
    ['ASSAULT 12 killed of SYL'],
  ],
  [
    'soldiers said to be wounded are wounded, not troops',
    'Freedonia shelled Sylvania on Monday, and 40 Sylvanian soldiers were wounded.',
    ['ASSAULT 40 wounded of SYL'],
  ],
];

describe('figures of coded events', () => {
  it.each(ROWS)('%s', (_, text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  it('gives an attack every loss its sentence counts, its main figure first', () => {
    const [attack] = explainEvents(
      buildAnnotated(
        'Freedonia shelled Sylvania on Monday, killing 12 soldiers and wounding 30 others.',
      ),
      dicts,
    ).events;
    expect(attack?.figures?.map((q) => `${q.value} ${q.unit}`)).toEqual([
      '12 killed',
      '30 wounded',
    ]);
    expect(attack?.quantity).toBe(attack?.figures?.[0]);
  });

  it('gives an attack a troop count only when its sentence counts no loss', () => {
    const both = explainEvents(
      buildAnnotated('Freedonia shelled 3,000 Sylvanian soldiers on Monday, killing 12 soldiers.'),
      dicts,
    ).events;
    expect(both[0]?.figures?.map((q) => q.unit)).toEqual(['killed']);
    const troopsOnly = explainEvents(
      buildAnnotated('Freedonia shelled 3,000 Sylvanian soldiers on Monday.'),
      dicts,
    ).events;
    expect(troopsOnly[0]?.figures?.map((q) => q.unit)).toEqual(['troops']);
  });

  it('does not give a deployment the dead of the same sentence', () => {
    const out = figures(
      'Freedonia sent 2,000 troops to Sylvania on Friday, where 30 civilians were killed last week.',
    );
    expect(out[0]).toBe('AID 2000 troops of FRD');
  });
});

describe('a count of one aircraft model is its own figure', () => {
  it('gives the attack both the jets and the model’s count', () => {
    const [attack] = explainEvents(
      buildAnnotated(
        'Freedonia shelled Sylvania on Monday, destroying five Sylvanian jets, including two Mirage fighters.',
      ),
      dicts,
    ).events;
    expect(attack?.figures?.map((q) => `${q.value} ${q.unit}`)).toEqual([
      '5 aircraft',
      '2 Mirages',
    ]);
  });

  it('negative: fighters after a model are aircraft, never troops', () => {
    const out = figures('Freedonia shelled Sylvania on Monday, destroying three Mirage fighters.');
    expect(out).toEqual(['ASSAULT 3 Mirages of ?']);
  });
});

describe('a figure belongs to the nearest event of its sentence that counts it', () => {
  /** Each event's figures as `TYPE/mode: value unit, ...`. */
  const allFigures = (text: string): string[] =>
    explainEvents(buildAnnotated(text), dicts).events.map(
      (e) =>
        `${e.type}/${e.mode ?? '-'}: ${(e.figures ?? []).map((q) => `${q.value} ${q.unit}`).join(', ')}`,
    );

  it('gives the captures and the shelling each their own count', () => {
    const out = allFigures(
      'Freedonia captured two Sylvanian soldiers on Monday after Sylvania shelled the town and 12 civilians were hurt.',
    );
    expect(out).toContain('ASSAULT/abduct: 2 captured');
    expect(out.find((e) => e.startsWith('ASSAULT/heavy-weapons'))).toBe(
      'ASSAULT/heavy-weapons: 12 wounded',
    );
  });

  it('negative: one event alone keeps every figure its sentence gives', () => {
    const out = allFigures(
      'Freedonia shelled Sylvania on Monday, killing 12 soldiers and capturing two others.',
    );
    expect(out).toEqual(['ASSAULT/heavy-weapons: 12 killed, 2 captured']);
  });
});

describe('a noun of losses counts the lost, never troop strength', () => {
  const withLosses = {
    ...dicts,
    triggers: [
      ...dicts.triggers,
      {
        id: 'casualties-n',
        pos: 'noun' as const,
        words: ['casualties', 'losses'],
        type: 'ASSAULT' as const,
        mode: null,
        nominalNeedsActor: true,
        victimBefore: true,
        countsLosses: true,
      },
    ],
  };
  const lossFigures = (text: string): string[] =>
    explainEvents(buildAnnotated(text), withLosses)
      .events.filter((e) => e.type === 'ASSAULT')
      .map((e) => (e.quantity ? `${e.quantity.value} ${e.quantity.unit}` : '-'));

  it('negative: troops sent to replace the losses are no figure of the losses', () => {
    expect(
      lossFigures(
        'Sylvania sent 3,000 soldiers to replace its heavy losses in the border region, Freedonia said.',
      ),
    ).toEqual(['-']);
  });

  it('the lost counted beside the noun are its figure', () => {
    expect(
      lossFigures('Freedonia said Sylvania suffered losses of 3,000 killed on Monday.'),
    ).toContain('3000 killed');
  });
});

describe('a capture counts the captured, never troop strength', () => {
  it('negative: the troops deployed in the same sentence are no figure of the capture', () => {
    const capture = explainEvents(
      buildAnnotated(
        'Freedonia deployed around 12,000 soldiers in the border region, and Freedonian troops captured Sylvanian soldiers there.',
      ),
      dicts,
    ).events.find((e) => e.mode === 'abduct');
    expect(capture).toBeDefined();
    expect(capture?.figures?.map((q) => q.unit) ?? []).not.toContain('troops');
  });
});
