import { describe, expect, it } from 'vitest';
import { buildActorIndex } from '../../src/annotate/actors/actor-index.js';
import { findActorMentions } from '../../src/annotate/actors/find-actor-mentions.js';
import { nameKey, toColumns } from '../../src/annotate/places/compile-gazetteer.js';
import { findPlaceMentions } from '../../src/annotate/places/find-place-mentions.js';
import { unpackGazetteer } from '../../src/annotate/places/load-gazetteer.js';
import { buildPlaceIndex } from '../../src/annotate/places/place-index.js';
import { splitSentences } from '../../src/annotate/sentences/split-sentences.js';
import { INVENTED_ACTORS, INVENTED_STATES, inventedArticle } from './support/invented-actors.js';

// Two invented states that share a short name, as the two Congos do.
const RURITANIAS = [
  {
    code: 'RUR',
    name: 'Ruritania',
    names: ['Ruritania', 'Republic of Ruritania'],
    demonyms: [],
    capitals: ['Zenda'],
    lat: 0,
    lon: 0,
    independent: true,
    area: 300,
  },
  {
    code: 'DRR',
    name: 'Democratic Ruritania',
    names: ['Democratic Ruritania', 'DRR'],
    demonyms: [],
    capitals: ['Strelsau'],
    lat: 1,
    lon: 1,
    independent: true,
    area: 2000,
  },
];
const index = buildActorIndex(
  {
    ...INVENTED_ACTORS,
    ambiguousNames: [
      { id: 'ruritania', name: 'Ruritania', code: 'RUR', otherCode: 'DRR', otherIsState: true },
    ],
  },
  [...INVENTED_STATES, ...RURITANIAS],
);

const codesOf = (text: string): string[] => {
  const article = inventedArticle(text);
  return findActorMentions(article, splitSentences(article), index)
    .filter((m) => m.text === 'Ruritania')
    .map((m) => m.actor.code);
};

describe('a short name two states share', () => {
  it('is the state the article names in full, where it names only that one', () => {
    expect(codesOf('Democratic Ruritania lost a city. Ruritania cut ties with Freedonia.')).toEqual(
      ['DRR'],
    );
  });
  it('negative: stays its own state where the other is never named', () => {
    expect(codesOf('Ruritania cut ties with Freedonia.')).toEqual(['RUR']);
  });
  it('negative: stays its own state where the article names it otherwise too', () => {
    expect(codesOf('Zenda and the DRR met. Ruritania cut ties with Freedonia.')).toEqual(['RUR']);
  });
});

describe('a short name two states share, as a place', () => {
  const places = buildPlaceIndex(
    [],
    [...INVENTED_STATES, ...RURITANIAS],
    [],
    unpackGazetteer(
      toColumns([
        {
          key: nameKey('Strelsau'),
          name: 'Strelsau',
          precision: 'city',
          country: 'DRR',
          lat: 1,
          lon: 1,
          population: 500_000,
          flags: 'C',
        },
      ]),
    ),
  );
  const placesOf = (text: string): string[] => {
    const article = inventedArticle(text);
    const sentences = splitSentences(article);
    return findPlaceMentions(
      article,
      sentences,
      findActorMentions(article, sentences, index),
      places,
    )
      .filter((m) => m.text === 'Ruritania')
      .map((m) => `${m.place.country ?? '-'} ${m.place.name}`);
  };

  it('names the state the actors were read as', () => {
    expect(
      placesOf('Democratic Ruritania lost a city. Rebels advanced in eastern Ruritania.'),
    ).toEqual(['DRR Democratic Ruritania']);
  });
  it('negative: stays its own state where the other is never named', () => {
    expect(placesOf('Rebels advanced in eastern Ruritania.')).toEqual(['RUR Ruritania']);
  });
  it('negative: stays its own state where the article names it otherwise too', () => {
    expect(placesOf('Zenda and the DRR met. Rebels advanced in eastern Ruritania.')).toEqual([
      'RUR Ruritania',
    ]);
  });
});
