import { describe, expect, it } from 'vitest';
import { buildActorIndex } from '../../src/annotate/actors/actor-index.js';
import { findActorMentions } from '../../src/annotate/actors/find-actor-mentions.js';
import { splitSentences } from '../../src/annotate/sentences/split-sentences.js';
import { INVENTED_ACTORS, INVENTED_STATES, inventedArticle } from './support/invented-actors.js';

const index = buildActorIndex(INVENTED_ACTORS, INVENTED_STATES);

const find = (text: string): string[] => {
  const article = inventedArticle(text);
  return findActorMentions(article, splitSentences(article), index).map(
    (m) => `${m.text}|${m.actor.code}`,
  );
};

describe('a state that leads a side in a "-led" compound', () => {
  it.each([
    ['Freedonian-led forces took the town.', 'Freedonian|FRD'],
    ['A Freedonia-led coalition bombed the port.', 'Freedonia|FRD'],
    ['The Sylvanian-led military coalition shelled the airfield.', 'Sylvanian|SYL'],
    ['Sylvania-commanded units crossed the river.', 'Sylvania|SYL'],
  ])('stays a party in "%s"', (text, who) => {
    expect(find(text)).toContain(who);
  });

  it.each([
    'The two sides returned to Freedonia-led negotiations.',
    'A Sylvania-led peace initiative stalled.',
    'Freedonian-language media reported it.',
  ])('negative: names no party in "%s"', (text) => {
    expect(find(text)).toEqual([]);
  });
});
