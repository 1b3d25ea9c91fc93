import { describe, expect, it } from 'vitest';
import { buildActorIndex } from '../../src/annotate/actors/actor-index.js';
import { findActorMentions } from '../../src/annotate/actors/find-actor-mentions.js';
import { splitSentences } from '../../src/annotate/sentences/split-sentences.js';
import { INVENTED_ACTORS, INVENTED_STATES, inventedArticle } from './support/invented-actors.js';

const index = buildActorIndex(INVENTED_ACTORS, INVENTED_STATES);

function actors(text: string): string[] {
  const article = inventedArticle(text, '2024-11-06');
  return findActorMentions(article, splitSentences(article), index).map(
    (m) => `${m.text}|${m.actor.code}/${m.actor.sector ?? ''}`,
  );
}

// Invented sentences. Freedonia = FRD, Sylvania = SYL.
describe('demonyms joined before one head noun share its sector (annotate/actors/share-coordinated-head)', () => {
  it.each([
    [
      '"and"',
      'Freedonian and Sylvanian troops exchanged fire.',
      ['Freedonian|FRD/MIL', 'Sylvanian troops|SYL/MIL'],
    ],
    [
      '"or"',
      'Freedonian or Sylvanian officials will attend.',
      ['Freedonian|FRD/GOV', 'Sylvanian officials|SYL/GOV'],
    ],
  ])('%s', (_name, text, want) => {
    expect(actors(text)).toEqual(want);
  });
  it.each([
    [
      'a state named by its name',
      'Freedonia and Sylvanian troops exchanged fire.',
      'Freedonia|FRD/',
    ],
    ['other words between', 'Freedonian delegates met Sylvanian troops.', 'Freedonian|FRD/'],
  ])('negative: %s keeps its own sector', (_name, text, first) => {
    expect(actors(text)[0]).toBe(first);
  });
});
