import { describe, expect, it } from 'vitest';
import { buildActorIndex } from '../../src/annotate/actors/actor-index.js';
import { BACKER_RULE, HOLDER_RULE } from '../../src/annotate/actors/drop-hyphen-compounds.js';
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
    ['Sylvanian troops shelled Freedonian-held villages.', 'Freedonian|FRD'],
    ['Drones struck Sylvania-controlled towns overnight.', 'Sylvania|SYL'],
    ['Shells hit the Freedonian\u2011occupied port.', 'Freedonian|FRD'],
  ])('names the holder in "%s"', (text, who) => {
    expect(find(text)).toContain(`${who}|${HOLDER_RULE}`);
  });
  it.each([
    'Investors sold state-held shares in the port.',
    'Their long-held views changed.',
    'Troops carried hand-held radios.',
    'Rebel-held villages were shelled.',
  ])('negative: names no holder in "%s"', (text) => {
    expect(find(text).join()).not.toMatch(HOLDER_RULE);
  });
  it.each([
    'Freedonian-language media reported it.',
    'The pro-Freedonian party won.',
    'Sylvania-based rebels took the town.',
  ])('negative: names no party in "%s"', (text) => {
    expect(find(text)).toEqual([]);
  });
});
