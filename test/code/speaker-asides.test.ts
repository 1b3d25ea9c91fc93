import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import { buildAnnotated } from './support/build-annotated.js';
import { compactEventWithClaims } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const dicts = testDictionaries();
const code = (text: string): string[] =>
  explainEvents(buildAnnotated(text), dicts).events.map(compactEventWithClaims);

// Invented sentences: a speaker's aside inside the clause it reports (decision 041).
describe('a speaker told in an aside', () => {
  it.each([
    [
      'the phrase the aside interrupts acts; the speaker of the aside says so',
      'Sylvanian troops, Freedonia said, shelled Osterlich border posts.',
      ['ASSAULT SYL>OST: FRD assert'],
    ],
    [
      'with a time after the reporting verb',
      'Sylvanian troops, the Freedonian army said on Monday, shelled Osterlich border posts.',
      ['ASSAULT SYL>OST: FRD assert'],
    ],
    [
      'negative: the speaker named before the cue as usual',
      'Freedonia said Sylvanian troops shelled Osterlich border posts.',
      ['ASSAULT SYL>OST: FRD assert'],
    ],
    [
      'negative: a list of three subjects is one subject',
      'Freedonian, Sylvanian and Osterlich troops shelled Marsovian border posts.',
      ['ASSAULT FRD+SYL+OST>MRS: '],
    ],
  ])('%s', (_name, text, expected) => {
    expect(code(text)).toEqual(expected);
  });
});
