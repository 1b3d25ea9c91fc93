import { describe, expect, it } from 'vitest';
import { loadActorDictionaries } from '../../src/annotate/actors/actor-dictionaries.js';
import { buildActorIndex } from '../../src/annotate/actors/actor-index.js';
import { findActorMentions } from '../../src/annotate/actors/find-actor-mentions.js';
import { splitSentences } from '../../src/annotate/sentences/split-sentences.js';
import { INVENTED_ACTORS, INVENTED_STATES, inventedArticle } from './support/invented-actors.js';

// The invented states with the shipped list of nouns that name a part of a state: a part named
// with its sector lets a recipient of the same state be acted on (roles/own-state-target.ts).
const index = buildActorIndex(
  { ...INVENTED_ACTORS, sectorNouns: loadActorDictionaries().sectorNouns },
  INVENTED_STATES,
);

function find(text: string): string[] {
  const article = inventedArticle(text, '2024-11-06');
  return findActorMentions(article, splitSentences(article), index).map(
    (m) => `${m.text}|${m.actor.code}|${m.actor.sector ?? '-'}`,
  );
}

describe('shipped sector nouns', () => {
  it.each([
    [
      'guerrillas are an armed group',
      'Freedonian guerrillas blew up a bridge.',
      'Freedonian guerrillas|FRD|REB',
    ],
    ['the other spelling', 'Sylvanian guerillas blew up a bridge.', 'Sylvanian guerillas|SYL|REB'],
    [
      'farmers are civilians',
      'Freedonian farmers blocked the roads.',
      'Freedonian farmers|FRD|CVL',
    ],
    ['students are civilians', 'Sylvanian students marched.', 'Sylvanian students|SYL|CVL'],
  ])('%s', (_name, text, expected) => {
    expect(find(text)).toContain(expected);
  });
  it.each([
    ['a guerrilla tactic is no group', 'Freedonian guerrilla tactics worked.', 'Freedonian|FRD|-'],
    ['a farm is no people', 'Freedonian farm exports fell.', 'Freedonian|FRD|-'],
    ['a student visa is no people', 'Sylvanian student visas rose.', 'Sylvanian|SYL|-'],
  ])('negative: %s', (_name, text, expected) => {
    expect(find(text)).toEqual([expected]);
  });
});
