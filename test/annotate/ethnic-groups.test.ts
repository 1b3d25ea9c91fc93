import { describe, expect, it } from 'vitest';
import { buildActorIndex } from '../../src/annotate/actors/actor-index.js';
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

describe('an ethnic group is the people of the state it lives in, not its namesake state', () => {
  it.each([
    ['Up to 50 ethnic Freedonians marched on Tuesday in Sylvania.', 'Freedonians|SYL'],
    ['Ethnic Freedonians blocked roads, Sylvanian police said.', 'Freedonians|SYL'],
    ['Ethnic Freedonians in Sylvania and Sylvanian officials met.', 'Freedonians|SYL'],
  ])('%s', (text, who) => {
    expect(find(text)).toContain(`${who}|actor/ethnic-group`);
  });

  it.each([
    ['no other state named', 'Ethnic Freedonians marched on Tuesday.', 'Freedonians|FRD'],
    [
      'two other states named: which is home is unclear',
      'Ethnic Freedonians crossed from Sylvania into the Sylvan Isles.',
      'Freedonians|FRD',
    ],
    ['no "ethnic" before the demonym', 'Freedonians marched in Sylvania.', 'Freedonians|FRD'],
  ])('negative: %s', (_why, text, who) => {
    expect(find(text).join()).not.toMatch(/ethnic-group/);
    expect(find(text).map((m) => m.split('|').slice(0, 2).join('|'))).toContain(who);
  });
});
