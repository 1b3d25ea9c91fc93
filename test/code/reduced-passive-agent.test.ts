import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { buildAnnotated } from './support/build-annotated.js';
import { testDictionaries } from './support/test-dictionaries.js';

const EXTRA: TriggerEntry[] = [
  { id: 'support', pos: 'verb', lemma: 'support', type: 'SUPPORT', mode: null, speech: true },
];
const dicts = testDictionaries(EXTRA);
const support = (text: string): string[] =>
  explainEvents(buildAnnotated(text, '2024-11-06'), dicts)
    // support of an armed group is AID (recode-armed-backing): the roles are what is tested here
    .events.filter((e) => e.type === 'SUPPORT' || e.type === 'AID')
    .map(
      (e) =>
        `${e.actors.map((a) => a.code).join('+')}>${e.recipients.map((r) => r.code).join('+')}`,
    );

// Invented sentences; published Wednesday 2024-11-06. The SLF is an armed group of Sylvania.
describe('a participle between commas before "by" and a name is a passive', () => {
  it.each([
    ['with an adverb', 'The SLF, allegedly supported by Freedonia, seized the town on Monday.'],
    ['without one', 'The SLF, supported by Freedonia, seized the town on Monday.'],
  ])('%s: the name after "by" acts', (_name, text) => {
    expect(support(text)).toEqual(['FRD>SYL']);
  });
  it.each([
    ['negative: an active verb with a "by" phrase', 'Freedonia supported the SLF by sending arms.'],
    ['negative: no comma before the verb', 'Freedonia openly supported the SLF on Monday.'],
  ])('%s', (_name, text) => {
    expect(support(text)).toEqual(['FRD>SYL']);
  });
});
