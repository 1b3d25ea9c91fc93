import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { buildAnnotated } from './support/build-annotated.js';
import { testDictionaries } from './support/test-dictionaries.js';

const EXTRA: TriggerEntry[] = [
  { id: 'riot', pos: 'verb', lemma: 'riot', type: 'PROTEST', mode: 'riot-spon' },
  {
    id: 'hunger-strike',
    pos: 'noun',
    words: ['hunger', 'strike'],
    type: 'PROTEST',
    mode: 'strike-hun',
    near: ['hunger'],
  },
  {
    id: 'demand',
    pos: 'verb',
    lemma: 'demand',
    type: 'REQUEST',
    mode: 'change',
    governs: true,
    speech: true,
  },
];
const dicts = testDictionaries(EXTRA);
const events = (text: string): string[] =>
  explainEvents(buildAnnotated(text, '2024-11-06'), dicts).events.map(
    (e) =>
      `${e.type} ${e.actors.map((a) => a.code).join('+')}>${e.recipients.map((r) => r.code).join('+')}`,
  );

// Invented sentences; published Wednesday 2024-11-06.
describe('a protest with no party of its own is aimed at the party its demand names', () => {
  it.each([
    [
      'a purpose clause',
      'Students continued their hunger strike to demand the resignation of the Sylvanian president.',
      ['PROTEST >SYL'],
    ],
    [
      'in protest of',
      "Refugees are continuing a hunger strike in protest of Sylvania's new law.",
      ['PROTEST >SYL'],
    ],
    [
      'a demand after the protest',
      'Prisoners rioted in Lakeport on Monday, demanding independence from Freedonia.',
      ['PROTEST >FRD'],
    ],
    [
      'the demand of a protest with a party is not coded apart',
      'Freedonian students rioted on Monday, demanding independence from Sylvania.',
      ['PROTEST FRD>SYL'],
    ],
  ])('%s', (_name, text, want) => {
    expect(events(text)).toEqual(want);
  });
  it.each([
    [
      'a protest with a party of its own keeps it; its demand is its content',
      'Freedonian students rioted on Monday, demanding independence from Sylvania.',
      'PROTEST FRD>SYL',
    ],
    [
      'negative: a demand with no protest stays a demand',
      'Freedonia demanded on Monday that Sylvania release the prisoners.',
      'REQUEST FRD>SYL',
    ],
  ])('%s', (_name, text, want) => {
    expect(events(text)).toContain(want);
  });
  it('negative: a party named far after the protest, with no aim word, is not its target', () => {
    expect(events('Prisoners rioted on Monday. Sylvania closed the border.').join()).not.toMatch(
      /PROTEST >SYL/,
    );
  });
  it('--explain says which rule folded the demand into its protest', () => {
    const { explanation } = explainEvents(
      buildAnnotated(
        'Freedonian students rioted on Monday, demanding independence from Sylvania.',
        '2024-11-06',
      ),
      dicts,
    );
    const lines = explanation.flatMap((s) => s.lines).join('\n');
    expect(lines).toMatch(/dropped by protest-aims: the aim of a protest, coded with the protest/);
  });
});
