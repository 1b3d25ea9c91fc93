import { describe, expect, it } from 'vitest';
import { annotateArticle } from '../../src/annotate/index.js';
import { inventedArticle } from './support/invented-actors.js';

// Actor and place mentions, as "text|code" and "text@country".
const mentions = (text: string): string[] =>
  annotateArticle(inventedArticle(text)).mentions.flatMap((m) =>
    m.kind === 'actor'
      ? [`${m.text}|${m.actor.code}`]
      : m.kind === 'place'
        ? [`${m.text}@${m.place.country ?? ''}`]
        : [],
  );

// Sentences written for these tests, run through the real dictionaries and gazetteer.
describe('where a journalist or speaker is names no party and no place of the events', () => {
  it.each([
    [
      'a correspondent reporting from a capital and its state',
      'Rebels shelled the town on Sunday, our correspondent reported from Cairo, Egypt.',
    ],
    [
      'following developments from a capital',
      'Our correspondent is following developments from Cairo in the region.',
    ],
    [
      'a speaker speaking from a capital',
      'Speaking from Cairo, the envoy said talks would resume.',
    ],
  ])('%s', (_name, text) => {
    const found = mentions(text);
    expect(found.filter((m) => m.startsWith('Cairo') || m.startsWith('Egypt'))).toEqual([]);
  });
  it.each([
    ['negative: troops sent from a capital', 'Troops from Cairo crossed the border.'],
    ['negative: the capital acts', 'Cairo reported no casualties on Sunday.'],
    ['negative: a place of the events', 'Protesters marched through Cairo on Sunday.'],
  ])('%s', (_name, text) => {
    expect(mentions(text).some((m) => m.startsWith('Cairo'))).toBe(true);
  });
});

// Datelines written for these tests (the shape wire copy opens with).
describe('a dateline names where the story was filed, no party and no place of the events', () => {
  it.each([
    ['a capital and a date', 'CAIRO, March 3 - Rebels shelled the town on Sunday.'],
    ['a capital, its state and an agency', 'CAIRO, Egypt (Agency) — Rebels shelled the town.'],
    ['a capital, a full stop and a date', 'CAIRO. Nov 6 (Agency) - Rebels shelled the town.'],
    [
      'the dateline of a later paragraph',
      'Rebels shelled the town.\n\nCAIRO, March 4 - Rebels shelled it again.',
    ],
  ])('%s', (_name, text) => {
    const found = mentions(text);
    expect(found.filter((m) => m.startsWith('CAIRO') || m.startsWith('Egypt'))).toEqual([]);
  });
  it.each([
    ['negative: a headline with a dash', 'Egypt, Sudan agree on water deal — ministry'],
    ['negative: the capital in the story', 'CAIRO, March 3 - Cairo said it shelled the town.'],
  ])('%s', (_name, text) => {
    expect(mentions(text).some((m) => m.startsWith('Cairo') || m.startsWith('Egypt'))).toBe(true);
  });
});
