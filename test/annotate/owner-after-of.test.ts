import { describe, expect, it } from 'vitest';
import { buildActorIndex } from '../../src/annotate/actors/actor-index.js';
import { findActorMentions } from '../../src/annotate/actors/find-actor-mentions.js';
import { splitSentences } from '../../src/annotate/sentences/split-sentences.js';
import { INVENTED_ACTORS, INVENTED_STATES, inventedArticle } from './support/invented-actors.js';

const index = buildActorIndex(INVENTED_ACTORS, INVENTED_STATES);

const find = (text: string): string[] => {
  const article = inventedArticle(text, '2024-11-06');
  return findActorMentions(article, splitSentences(article), index).map(
    (m) => `${m.text}|${m.actor.code}|${m.actor.sector ?? '-'}`,
  );
};

describe('a title or body with its state after "of"', () => {
  it.each([
    ['The foreign ministry of Sylvania protested.', 'foreign ministry of Sylvania|SYL|GOV'],
    ['The troops of the Sylvan Isles withdrew.', 'troops of the Sylvan Isles|SYX|MIL'],
    ['The spokesman of Sylvania denied it.', 'spokesman of Sylvania|SYL|GOV'],
    ['The foreign minister of Freedonia arrived.', 'foreign minister of Freedonia|FRD|GOV'],
  ])('%s', (text, who) => {
    expect(find(text)).toContain(who);
  });

  it.each([
    [
      'the state owns a body after it',
      "The spokesman of Sylvania's troops denied it.",
      "Sylvania's troops|SYL|MIL",
    ],
    ['a demonym, not a state', 'The officials of Sylvanian origin left.', 'Sylvanian|SYL|-'],
    ['"in", not "of"', 'The troops in Sylvania withdrew.', 'Sylvania|SYL|-'],
  ])('negative: %s', (_why, text, who) => {
    expect(find(text)).toContain(who);
  });

  it('negative: a name goes on after the state ("Freedonia Park" is a place)', () => {
    expect(find('The troops of Freedonia Park left.').join()).not.toMatch(/of Freedonia/);
  });
});

describe('an armed group with the state it fights in after "in"', () => {
  const withRebels = buildActorIndex(
    {
      ...INVENTED_ACTORS,
      sectors: [
        ...INVENTED_ACTORS.sectors,
        { code: 'REB', name: 'REB', description: 'REB' },
        { code: 'OPP', name: 'OPP', description: 'OPP' },
      ],
      sectorNouns: [
        ...INVENTED_ACTORS.sectorNouns,
        { id: 'rebels', names: ['rebels', 'fighters'], sector: 'REB' },
        { id: 'opposition', names: ['opposition', 'opposition groups'], sector: 'OPP' },
      ],
    },
    INVENTED_STATES,
  );
  const found = (text: string): string[] => {
    const article = inventedArticle(text, '2024-11-06');
    return findActorMentions(article, splitSentences(article), withRebels).map(
      (m) => `${m.text}|${m.actor.code}|${m.actor.sector ?? '-'}`,
    );
  };
  it('"rebels in Sylvania" are Sylvania\'s rebels', () => {
    expect(found('Rebels in Sylvania seized a town.')).toContain('Rebels in Sylvania|SYL|REB');
  });
  it("an opposition in a state is that state's opposition", () => {
    expect(found('Opposition groups in Sylvania demanded a vote.')).toContain(
      'Opposition groups in Sylvania|SYL|OPP',
    );
  });
  it.each([
    ['foreign fighters', 'Foreign fighters in Sylvania seized a town.', 'Sylvania|SYL|-'],
    ['not an armed group', 'Troops in Sylvania seized a town.', 'Sylvania|SYL|-'],
    ['a foreign opposition', 'The foreign opposition in Sylvania met.', 'Sylvania|SYL|-'],
  ])('negative: %s', (_why, text, who) => {
    expect(found(text)).toContain(who);
  });
});
