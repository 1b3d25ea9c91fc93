import { describe, expect, it } from 'vitest';
import { AGENT_OF_PLACE_RULE } from '../../src/annotate/actors/find-agents-of-places.js';
import { annotateArticle } from '../../src/annotate/index.js';
import { inventedArticle } from './support/invented-actors.js';

// Actor mentions as `text|code/sector|rule`.
const actors = (text: string): string[] =>
  annotateArticle(inventedArticle(text)).mentions.flatMap((m) =>
    m.kind === 'actor' ? [`${m.text}|${m.actor.code}/${m.actor.sector ?? ''}|${m.ruleId}`] : [],
  );

// Invented sentences about real places (the gazetteer knows no invented towns).
describe('an agent named by a place inside a state', () => {
  it.each([
    ['Police in Karachi arrested ten smugglers on Monday.', 'Police in Karachi|PAK/COP'],
    [
      'The government of Sindh province ordered patrols on Monday.',
      'government of Sindh province|PAK/GOV',
    ],
    ['On Monday the authorities in Lahore closed the market.', 'authorities in Lahore|PAK/GOV'],
  ])('"%s" names %s', (text, expected) => {
    expect(actors(text)).toContain(`${expected}|${AGENT_OF_PLACE_RULE}`);
  });

  it.each([
    ['people an act befalls', 'Gunmen shot at tourists in Karachi on Monday.'],
    ['a state named already', 'Pakistani police in Karachi arrested ten smugglers.'],
    ['a place that is a state', 'Police in Pakistan arrested ten smugglers.'],
    ['a capitalised name inside the sentence', 'A crowd gathered at Police Lines in Karachi.'],
  ])('negative: %s', (_name, text) => {
    expect(actors(text).filter((a) => a.endsWith(AGENT_OF_PLACE_RULE))).toEqual([]);
  });
});
