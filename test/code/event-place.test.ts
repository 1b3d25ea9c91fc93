import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import { analyze } from '../../src/pipeline.js';
import { buildAnnotated } from './support/build-annotated.js';
import { testDictionaries } from './support/test-dictionaries.js';

const dicts = testDictionaries();

/** The place of each event, or '-' for none. */
function places(text: string): string[] {
  return explainEvents(buildAnnotated(text), dicts).events.map((e) => e.place?.name ?? '-');
}

describe("an event's place is where it happened, never where its speaker stood", () => {
  it.each<[string, string, string[]]>([
    [
      "the speaker's seat is left off, the event's place kept",
      "Sylvania's embassy in Red Bay said Freedonian troops shelled the North Ridge region.",
      ['North Ridge region'],
    ],
    [
      "the speaker's seat is no place of the event",
      "Sylvania's embassy in Red Bay said Freedonian troops shelled Sylvania.",
      ['-'],
    ],
    [
      'where a speech was given is no place of the event',
      'Sylvania said in a speech in Red Bay that Freedonian troops shelled Sylvania.',
      ['-'],
    ],
    [
      'a dateline is where the reporter stands',
      'Red Bay: Freedonian troops shelled Sylvania on Monday, Osterlich said.',
      ['-'],
    ],
  ])('%s: %s', (_rule, text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it.each<[string, string, string[]]>([
    [
      'negative: a place after the claim is the event’s',
      'Freedonian troops shelled the North Ridge region, Sylvania said.',
      ['North Ridge region'],
    ],
    [
      'negative: a comma after the said place does not make it the speaker’s',
      'Sylvania said Freedonian troops shelled Red Bay, killing ten.',
      ['Red Bay'],
    ],
  ])('%s: %s', (_rule, text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('a source named after its cue is the speaker (shipped dictionaries)', () => {
  const placeOf = (text: string): string[] =>
    analyze(text, { published: '2024-11-06' }).events.map((e) => e.place?.name ?? '-');

  it('"According to <capital>": the capital speaks for its state and is no place', () => {
    expect(placeOf('According to Tallinn, Estonian forces shelled Latvia on Monday.')).toEqual([
      '-',
    ]);
  });

  it.each([
    ['Estonia sent troops to Latvia, officials in Tallinn said.', ['Latvia']],
    ['Estonia sent troops to Latvia, Estonian diplomats at the embassy in Riga said.', ['Latvia']],
    ['Estonia sent troops to Latvia, Tallinn said.', ['Latvia']],
  ])('a capital the speakers sit "in" is their seat, no place: %s', (text, expected) => {
    expect(placeOf(text)).toEqual(expected);
  });

  it('negative: a capital in what is said, before an unnamed speaker, stays the event’s', () => {
    expect(placeOf('Estonian troops shelled positions near Tallinn, officials said.')).toEqual([
      'Tallinn',
    ]);
  });

  it('negative: a place in what is said stays the event’s', () => {
    expect(
      placeOf(
        'According to Tallinn, Estonian forces shelled the Latvian town of Daugavpils on Monday.',
      ),
    ).toEqual(['Daugavpils']);
  });
});

describe('a spoken act or a measure from afar has no place of its own (shipped dictionaries)', () => {
  const placed = (text: string): string[] =>
    analyze(text, { published: '2024-11-06' }).events.map(
      (e) => `${e.type} ${e.place?.name ?? '-'}`,
    );

  it.each<[string, string, string[]]>([
    [
      'a condemnation is not where what it condemns happened',
      'Latvia condemned the shelling of the Latvian town of Daugavpils by Estonian forces.',
      ['ACCUSE -'],
    ],
    [
      'a demand is not where it wants the act done',
      'Latvia urged Estonia to withdraw its troops from the Latvian town of Daugavpils.',
      ['REQUEST -'],
    ],
    [
      'a threat is not where it threatens to strike',
      'Estonia threatened to shell the Latvian town of Daugavpils.',
      ['THREATEN -'],
    ],
    [
      'praise is not where the praised fought',
      'Estonia praised its soldiers for the defence of the Latvian town of Daugavpils.',
      ['SUPPORT -'],
    ],
    [
      'a sanction is not where the fighting it answers happened',
      'Latvia imposed sanctions on Estonia over the fighting in Narva.',
      ['SANCTION -'],
    ],
    [
      'a sanction is not where the reason it gives happened',
      'Estonia imposed sanctions on Latvia over the shelling of the Latvian town of Daugavpils.',
      ['SANCTION -'],
    ],
    [
      'a wire dateline with its country is where the report was filed',
      'RIGA, Latvia (AP) — Estonian forces shelled Latvia on Monday.',
      ['ASSAULT -'],
    ],
  ])('%s: %s', (_rule, text, expected) => {
    expect(placed(text)).toEqual(expected);
  });

  it.each<[string, string, string[]]>([
    [
      "negative: a measure's own phrase places it",
      'Latvia suspended aid deliveries in the town of Narva on Monday.',
      ['SANCTION Narva'],
    ],
    [
      'negative: backing told as a state of affairs holds where the backed are',
      'Estonian-backed militias in the Latvian town of Daugavpils attacked Latvian police.',
      ['AID Daugavpils', 'ASSAULT Daugavpils'],
    ],
    [
      'negative: after a wire dateline, a place in the news is the event’s',
      'RIGA, Latvia (AP) — Estonian forces shelled the Latvian town of Daugavpils on Monday.',
      ['ASSAULT Daugavpils'],
    ],
  ])('%s: %s', (_rule, text, expected) => {
    expect(placed(text)).toEqual(expected);
  });
});
