import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import { buildAnnotated } from './support/build-annotated.js';
import { compactEvent } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const dicts = testDictionaries();

function code(text: string, published: string | null = '2024-11-06'): string[] {
  return explainEvents(buildAnnotated(text, published), dicts).events.map((e) => compactEvent(e));
}

// Published Wednesday 2024-11-06. Freedonia = FRD, Sylvania = SYL, Osterlich = OST, Marsovia = MRS.
const ROWS: [string, string, string[]][] = [
  [
    'subject before the verb acts; the object receives',
    'Freedonia shelled Sylvania on Monday.',
    ['ASSAULT FRD>SYL @2024-11-04'],
  ],
  [
    'coordinated subjects of a reciprocal verb are all actors',
    'Freedonia and Sylvania signed a treaty in June.',
    ['AGREE FRD+SYL> @2024-06'],
  ],
  [
    'passive with "by": actors after by',
    'The pact was signed by President Firefly and Ambassador Trentino in June.',
    ['AGREE FRD+SYL> @2024-06'],
  ],
  [
    'possessor of a chamber acts',
    "Sylvania's Grand Council ratified the pact on Wednesday.",
    ['AGREE SYL> @2024-11-06'],
  ],
  [
    'troops named as object give the actor',
    'Sylvania deployed Freedonian troops near the border last week.',
    ['AID FRD>SYL @2024-10'],
  ],
  [
    'passive troop deployment: the troops are the sender',
    'About 3,000 Freedonian soldiers have been deployed to Sylvania.',
    ['AID FRD>SYL @2024-11-06 #3000 troops'],
  ],
  [
    'sender sends troops to an ally',
    'Freedonia sent 1,500 troops to Sylvania on Friday.',
    ['AID FRD>SYL @2024-11-01 #1500 troops'],
  ],
  [
    '"between X and Y" clash is reciprocal',
    'Troops clashed between Freedonia and Sylvania on Tuesday.',
    ['ASSAULT FRD+SYL> @2024-11-05'],
  ],
  [
    'a meeting noun takes the parties named after it',
    'During talks on Monday, President Firefly met Ambassador Trentino.',
    ['CONSULT FRD+SYL> @2024-11-04'],
  ],
  ['negation is recorded', 'Freedonia did not shell Sylvania.', ['ASSAULT FRD>SYL negated']],
  ['possibility is recorded', 'Freedonia may shell Sylvania.', ['ASSAULT FRD>SYL possible']],
  [
    'plans are recorded, undated, and coded as a promise',
    'Freedonia plans to send troops to Sylvania.',
    ['AGREE FRD>SYL planned'],
  ],
  [
    'an announced coercive act is a threat',
    'Freedonia will shell Sylvania.',
    ['THREATEN FRD>SYL planned'],
  ],
  [
    'a threat governs its complement',
    'Freedonia threatened to shell Sylvania.',
    ['THREATEN FRD>SYL @2024-11-06'],
  ],
  [
    'news without a date of its own takes the publication date',
    'Freedonia shelled Sylvania.',
    ['ASSAULT FRD>SYL @2024-11-06'],
  ],
  [
    'background dated long before publication is dropped',
    'Freedonia shelled Sylvania in March 2021.',
    [],
  ],
  [
    'launch needs its object',
    'Freedonia launched several missiles on Tuesday.',
    ['MOBILIZE FRD> @2024-11-05 #several missiles'],
  ],
  [
    'a ceasefire between two states',
    'A ceasefire between Freedonia and Sylvania took hold.',
    ['RETREAT FRD+SYL> @2024-11-06'],
  ],
  [
    'a background event noun is dropped',
    'Officials met in the capital after the Freedonian ceasefire with Sylvania.',
    [],
  ],
  [
    'mentions of one event in two sentences merge',
    'Freedonia shelled Sylvania on Monday. The shelling of Sylvania by Freedonia was heavy.',
    ['ASSAULT FRD>SYL @2024-11-04'],
  ],
  [
    'two approvals on different dates stay apart',
    'Sylvania ratified the pact on Wednesday. The Grand Council ratified the pact on October 24.',
    ['AGREE SYL> @2024-11-06', 'AGREE SYL> @2024-10-24'],
  ],
];

ROWS.push(
  [
    'an act failed is a rejection',
    'Freedonia and Sylvania failed to meet on Monday.',
    ['REJECT FRD+SYL> @2024-11-04'],
  ],
  [
    'a promise refused is a rejection',
    'Freedonia will not sign the pact with Sylvania.',
    ['REJECT FRD+SYL> @2024-11-06'],
  ],
  [
    'readying an attack is mobilisation',
    'Freedonia is preparing to shell Sylvania.',
    ['MOBILIZE FRD>SYL planned'],
  ],
  [
    'a negated act stays negated',
    'Freedonia did not shell Sylvania on Monday.',
    ['ASSAULT FRD>SYL negated @2024-11-04'],
  ],
  [
    'an act with no codable party is kept',
    'Gunmen shelled a market on Monday.',
    ['ASSAULT > @2024-11-04'],
  ],
  [
    'a casualty count takes the leading non-allied party as actor',
    'Freedonia sent troops to Sylvania on Monday. Osterlich shelled the border, Osterlich officials said. Many Freedonian soldiers were killed on Tuesday.',
    // the undated shelling and the dated count of the dead are one attack
    ['AID FRD>SYL @2024-11-04', 'ASSAULT OST>FRD @2024-11-05'],
  ],
  [
    'no actor is inferred without a clearly leading party',
    'Freedonia sent troops to Sylvania on Monday. Osterlich and Marsovia met. Many Freedonian soldiers were killed on Tuesday.',
    ['AID FRD>SYL @2024-11-04', 'CONSULT OST+MRS> @2024-11-06', 'ASSAULT >FRD @2024-11-05'],
  ],
);

ROWS.push([
  'a verb with no object that unmakes it codes',
  'Freedonia provided food to Sylvania on Monday.',
  ['AID FRD>SYL @2024-11-04'],
]);

const NOTHING: [string, string][] = [
  ['no trigger', 'Freedonia and Sylvania are neighbours.'],
  ['a trigger with no party', 'The shelling was heavy.'],
  ['a verb without its required object', 'Freedonia launched a new website.'],
  ['a noun event with no party and nothing to join', 'Talks are planned.'],
  ['a verb whose object unmakes it', 'Freedonia has provided no evidence to Sylvania.'],
];

describe('code rules', () => {
  it.each(ROWS)('%s', (_why, text, expected) => {
    expect(code(text)).toEqual(expected);
  });
  it.each(NOTHING)('finds no event: %s', (_why, text) => {
    expect(code(text)).toEqual([]);
  });
  it('without a publication date relative dates stay unresolved', () => {
    expect(code('Freedonia shelled Sylvania on Monday.', null)).toEqual(['ASSAULT FRD>SYL']);
  });
  it('traces every field to its span', () => {
    const a = buildAnnotated(
      'About 3,000 Freedonian soldiers have been deployed to Sylvania on Monday.',
    );
    const [e] = explainEvents(a, dicts).events;
    expect(e).toBeDefined();
    if (!e) return;
    for (const ref of [...e.actors, ...e.recipients])
      expect(a.text.slice(ref.span?.start, ref.span?.end)).toBe(ref.text);
    expect(a.text.slice(e.trigger.span.start, e.trigger.span.end)).toBe(e.trigger.text);
    expect(a.text.slice(e.when?.span?.start, e.when?.span?.end)).toBe(e.when?.text);
    expect(a.text.slice(e.quantity?.span?.start, e.quantity?.span?.end)).toBe(e.quantity?.text);
  });
});
