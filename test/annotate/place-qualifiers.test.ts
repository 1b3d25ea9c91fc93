import { describe, expect, it } from 'vitest';
import { annotateArticle } from '../../src/annotate/index.js';
import { inventedArticle } from './support/invented-actors.js';

const actors = (text: string): string[] =>
  annotateArticle(inventedArticle(text)).mentions.flatMap((m) =>
    m.kind === 'actor' ? [`${m.text}|${m.actor.code}`] : [],
  );

// Sentences written for these tests, run through the real dictionaries and gazetteer.
describe('a state named after a place in it only says where the place is', () => {
  it.each([
    ['between commas', 'Envoys met in Geneva, Switzerland, on Monday.'],
    ['at the end of the sentence', 'Envoys met on Monday in Geneva, Switzerland.'],
  ])('%s', (_name, text) => {
    expect(actors(text)).not.toContain('Switzerland|CHE');
  });
  it.each([
    ['negative: the state goes on to speak', 'Envoys met in Geneva, Switzerland said.'],
    ['negative: the state acts', 'Switzerland hosted envoys in Geneva on Monday.'],
    ['negative: a list of parties', 'Envoys from Austria, Switzerland and Italy met on Monday.'],
  ])('%s', (_name, text) => {
    expect(actors(text)).toContain('Switzerland|CHE');
  });
  it('negative: a state after a place in another state is a party', () => {
    expect(actors('Envoys met in Geneva, France, and Italy on Monday.')).toContain('France|FRA');
  });
});
