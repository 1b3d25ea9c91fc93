import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { buildAnnotated } from './support/build-annotated.js';
import { testDictionaries } from './support/test-dictionaries.js';

// the attack as a noun ("its shelling of"), beyond the shared test dictionary
const EXTRA: TriggerEntry[] = [
  { id: 'shelling-n', pos: 'noun', words: ['shelling'], type: 'ASSAULT', mode: 'heavy-weapons' },
];
const dicts = testDictionaries(EXTRA);

/** The date of the first attack, and whether it is only the page's. */
function attackDate(text: string): string {
  const attack = explainEvents(buildAnnotated(text, '2025-04-26'), dicts).events.find(
    (e) => e.type === 'ASSAULT',
  );
  if (!attack?.when) return 'none';
  return `${attack.when.date}${attack.when.fromPage ? ' from the page' : ''}`;
}

// Invented sentences; the page is dated Saturday 2025-04-26. Freedonia = FRD, Sylvania = SYL.
describe('an act told in the past with no date and no statement has only its page’s date', () => {
  it('a background mention of a capture is dated by its page, marked as such', () => {
    expect(attackDate('Two Sylvanian soldiers were captured by Freedonian forces.')).toBe(
      '2025-04-26 from the page',
    );
  });

  it.each([
    ['a date of its own', 'Freedonian forces captured two Sylvanian soldiers on Thursday.'],
    ['a statement that tells it', 'Freedonia said it captured two Sylvanian soldiers.'],
    [
      'an accuser condemning it as news',
      'Freedonia strongly condemns the reckless manoeuvres of the Sylvanian navy and its shelling of Freedonian border posts.',
    ],
  ])('negative: %s', (_why, text) => {
    expect(attackDate(text)).not.toMatch(/from the page/);
  });
});
