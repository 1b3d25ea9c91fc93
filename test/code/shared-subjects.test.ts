import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import { buildAnnotated } from './support/build-annotated.js';
import { testDictionaries, WITHDRAW_TRIGGER } from './support/test-dictionaries.js';
import { partiesCoder } from './support/compact-event.js';

const dicts = testDictionaries([WITHDRAW_TRIGGER]);
const code = partiesCoder(dicts);

// Invented sentences; published Wednesday 2024-11-06.
describe('"his government" in what a speaker said is the speaker\'s party (roles/possessive-subject)', () => {
  it('the government of the one who speaks acts', () => {
    expect(
      code('President Firefly said his government had ordered Osterlich to withdraw.'),
    ).toContain('REQUEST FRD>OST');
  });
  it('negative: a government named by its own state acts for it', () => {
    expect(
      code('President Firefly said the Sylvanian government had ordered Osterlich to withdraw.'),
    ).toContain('REQUEST SYL>OST');
  });
});

describe('a verb joined by "and" to a subject that names no party is no act of the first verb\'s object (refiners/assign-actors)', () => {
  it('the object of the first verb does not shell', () => {
    const events = code(
      'Freedonia condemned Sylvania on Sunday. The rebels met Osterlich and had shelled Sylvanian border posts.',
    );
    expect(events.some((e) => e.startsWith('ASSAULT OST'))).toBe(false);
  });
  it('negative: a named subject shared by both verbs acts in both', () => {
    expect(code('Freedonia met Osterlich on Monday and shelled Sylvanian border posts.')).toContain(
      'ASSAULT FRD>SYL',
    );
  });
});

describe('an "until" clause under a refusal or a plan is a condition (roles/clause-modality)', () => {
  const modalities = (text: string): string[] =>
    explainEvents(buildAnnotated(text, '2024-11-06'), dicts, false).events.map(
      (e) => `${e.type} ${e.modality}`,
    );
  it('"would not meet until they withdrew": the withdrawal is awaited', () => {
    expect(
      modalities(
        'Freedonia would not meet Sylvania until Sylvanian troops withdrew from the border.',
      ),
    ).toContain('RETREAT hypothetical');
  });
  it('negative: under a verb in the past, "until" tells what happened', () => {
    expect(
      modalities('Freedonian troops shelled the border until Sylvanian troops withdrew from it.'),
    ).toContain('RETREAT asserted');
  });
});
