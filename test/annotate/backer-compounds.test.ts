import { describe, expect, it } from 'vitest';
import { buildActorIndex } from '../../src/annotate/actors/actor-index.js';
import { BACKER_RULE } from '../../src/annotate/actors/drop-hyphen-compounds.js';
import { findActorMentions } from '../../src/annotate/actors/find-actor-mentions.js';
import { splitSentences } from '../../src/annotate/sentences/split-sentences.js';
import { INVENTED_ACTORS, INVENTED_STATES, inventedArticle } from './support/invented-actors.js';

const index = buildActorIndex(INVENTED_ACTORS, INVENTED_STATES);

const find = (text: string): string[] => {
  const article = inventedArticle(text);
  return findActorMentions(article, splitSentences(article), index).map(
    (m) => `${m.text}|${m.actor.code}|${m.ruleId}`,
  );
};

describe('a state in a compound', () => {
  it.each([
    ['Freedonia-backed rebels took the town.', 'Freedonia|FRD'],
    ['Sylvanian-armed militias crossed the river.', 'Sylvanian|SYL'],
    ['The Freedonia-funded group denied it.', 'Freedonia|FRD'],
  ])('names the backer in "%s"', (text, who) => {
    expect(find(text)).toContain(`${who}|${BACKER_RULE}`);
  });
  it.each([
    'Freedonian-language media reported it.',
    'The pro-Freedonian party won.',
    'Sylvania-based rebels took the town.',
  ])('negative: names no party in "%s"', (text) => {
    expect(find(text)).toEqual([]);
  });
});
