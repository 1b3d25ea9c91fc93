import { describe, expect, it } from 'vitest';
import { annotateArticle } from '../../src/annotate/index.js';
import { loadGazetteer, rowsOf } from '../../src/annotate/places/load-gazetteer.js';
import { inventedArticle } from './support/invented-actors.js';

function mentions(text: string, kind: 'actor' | 'place'): string[] {
  return annotateArticle(inventedArticle(text)).mentions.flatMap((m) =>
    m.kind === 'place' && kind === 'place'
      ? [`${m.text}|${m.place.country ?? '-'}|${m.place.precision}`]
      : m.kind === 'actor' && kind === 'actor'
        ? [`${m.text}|${m.actor.code}`]
        : [],
  );
}

// Sentences written for these tests, run through the real dictionaries and gazetteer.
describe('places with the real gazetteer', () => {
  it('has the towns of the three stories, keyed without accents', () => {
    const g = loadGazetteer();
    expect(g.size).toBeGreaterThan(100_000);
    for (const key of ['kursk', 'muzaffarabad', 'bahawalpur', 'sudzha', 'pyongyang', 'manila'])
      expect(rowsOf(g, key).length, key).toBeGreaterThan(0);
  });

  it.each([
    [
      'Strikes hit Muzaffarabad and Bahawalpur, Pakistan said.',
      ['Muzaffarabad|PAK|city', 'Bahawalpur|PAK|city'],
    ],
    ['Officials in Washington said the United States would respond.', ['Washington|USA|city']],
    ['Shelling continued in the Donetsk region overnight.', ['Donetsk region|UKR|region']],
    ['Troops advanced near Sudzha, Russia said.', ['Sudzha|RUS|city']],
    [
      'Chinese ships blocked a boat near Second Thomas Shoal in the South China Sea.',
      ['Second Thomas Shoal|-|site', 'South China Sea|-|water'],
    ],
    [
      'Gunmen attacked tourists in Pahalgam in Jammu and Kashmir.',
      ['Pahalgam|IND|city', 'Jammu and Kashmir|IND|region'],
    ],
  ])('%s', (text, expected) => {
    expect(mentions(text, 'place')).toEqual(expected);
  });

  it.each([
    ['The Korean War ended in 1953 and the Cold War later.'],
    ['Ships crossed the South China Sea.'],
    ['A Russian-language paper ran the story.'],
  ])('names no state in "%s"', (text) => {
    expect(mentions(text, 'actor')).toEqual([]);
  });

  it('reads "the US president" by the article day', () => {
    const on = (published: string): string | undefined =>
      annotateArticle(inventedArticle('The US president spoke.', published)).mentions.find(
        (m) => m.kind === 'actor',
      )?.entry;
    expect(on('2024-11-06')).toBe('office-holders:biden');
    expect(on('2025-03-01')).toBe('office-holders:trump-2025');
  });
});
