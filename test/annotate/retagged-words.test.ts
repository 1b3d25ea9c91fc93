import { describe, expect, it } from 'vitest';
import { findClauses } from '../../src/annotate/syntax/find-clauses.js';
import { retagCoordinatedGerunds } from '../../src/annotate/syntax/coordinated-gerunds.js';
import { retagCompoundModified } from '../../src/annotate/syntax/compound-modifiers.js';
import { retagGerundComplements } from '../../src/annotate/syntax/gerund-complements.js';
import type { TaggedWord } from '../../src/annotate/syntax/tag-words.js';

// Invented words: `text/POS` pairs (`text/POS/lemma` where the lemma is not the word), with offsets as in a text that writes them with one space
// between, and none around a hyphen ("large-scale").
function words(spec: string): TaggedWord[] {
  let at = 0;
  let prev = '';
  return spec.split(' ').map((pair) => {
    const [text = '', pos = 'X', lemma] = pair.split('/');
    const lower = text.toLowerCase();
    if (prev !== '' && text !== '-' && prev !== '-') at += 1;
    const w = { text, lower, pos, lemma: lemma ?? lower, start: at, end: at + text.length };
    at = w.end;
    prev = text;
    return w;
  });
}
const tags = (ws: TaggedWord[]): string => ws.map((w) => `${w.lower}/${w.pos}`).join(' ');
const verbsOf = (sentence: string): string[] =>
  findClauses(sentence).clauses.map((c) => c.verb.lemma);

describe('a second "-ing" form after "and" that takes an object is a verb (annotate/syntax/coordinated-gerunds)', () => {
  it('retags it VERB with the lemma of a verb', () => {
    const out = retagCoordinatedGerunds(
      words('killing/VERB one/NUM guard/NOUN and/CCONJ wounding/NOUN two/NUM others/NOUN'),
    );
    expect(out[4]).toMatchObject({ pos: 'VERB', lemma: 'wound' });
    const injured = retagCoordinatedGerunds(
      words(
        'seizing/VERB the/DET port/NOUN ,/PUNCT and/CCONJ injuring/NOUN three/NUM sailors/NOUN',
      ),
    );
    expect(injured[5]).toMatchObject({ pos: 'VERB', lemma: 'injure' });
  });

  it.each([
    ['a pair of nouns', 'the/DET shelling/NOUN and/CCONJ bombing/NOUN of/ADP the/DET city/NOUN'],
    [
      'no object opened after it',
      'killing/VERB guards/NOUN and/CCONJ looting/NOUN in/ADP town/NOUN',
    ],
    [
      'a verb other than a gerund before',
      'Xia/PROPN shelled/VERB ports/NOUN and/CCONJ fishing/NOUN the/DET bay/NOUN',
    ],
    ['a full stop between', 'killing/VERB guards/NOUN ./PUNCT and/CCONJ wounding/NOUN two/NUM'],
  ])('negative: leaves %s as tagged', (_name, spec) => {
    const ws = words(spec);
    expect(tags(retagCoordinatedGerunds(ws))).toBe(tags(ws));
  });

  // Invented sentences, tagged by the real tagger.
  it('gives the second participle a clause of its own', () => {
    expect(
      verbsOf(
        'Two gunmen attacked a Freedonian convoy, killing one guard and wounding two others.',
      ),
    ).toEqual(['attack', 'kill', 'wound']);
  });
});

describe('the word after a hyphenated modifier is a noun (annotate/syntax/compound-modifiers)', () => {
  it('retags it NOUN with the lemma of a noun', () => {
    const out = retagCompoundModified(
      words('launched/VERB large/ADJ -/PUNCT scale/NOUN exercises/VERB near/ADP'),
    );
    expect(out[4]).toMatchObject({ pos: 'NOUN', lemma: 'exercise' });
  });
  // Invented sentence, tagged by the real tagger.
  it('leaves the modified noun no clause of its own', () => {
    expect(verbsOf('Freedonia launched large-scale exercises near Sylvania on Monday.')).toEqual([
      'launch',
    ]);
  });
  it.each([
    ['a name', 'Kim/PROPN Jong/PROPN -/PUNCT un/NOUN said/VERB'],
    ['a compound that opens with a verb', 'the/DET cease/VERB -/PUNCT fire/NOUN holds/VERB'],
    ['a word that is no verb', 'a/DET two/NUM -/PUNCT day/NOUN drill/NOUN'],
  ])('negative: leaves %s as tagged', (_name, spec) => {
    const ws = words(spec);
    expect(tags(retagCompoundModified(ws))).toBe(tags(ws));
  });
});

describe('an "-ing" form with an object after a verb that takes one is a verb (annotate/syntax/gerund-complements)', () => {
  it.each([
    ['right after the verb', 'denied/VERB/deny arming/NOUN the/DET rebels/NOUN', 1, 'arm'],
    ['an adverb between', 'denied/VERB/deny ever/ADV arming/NOUN Yia/PROPN', 2, 'arm'],
    ['a verb of continuing', 'resumed/VERB/resume shelling/NOUN the/DET town/NOUN', 1, 'shell'],
  ])('%s: retags it VERB with the lemma of a verb', (_name, spec, at, lemma) => {
    expect(retagGerundComplements(words(spec))[at]).toMatchObject({ pos: 'VERB', lemma });
  });

  it.each([
    [
      'a determiner before the form',
      'denied/VERB/deny the/DET shelling/NOUN of/ADP the/DET town/NOUN',
    ],
    ['no object after it', 'resumed/VERB/resume fighting/NOUN in/ADP the/DET north/NOUN'],
    ['a verb of saying', 'said/VERB/say fighting/NOUN the/DET army/NOUN was/AUX futile/ADJ'],
  ])('negative: leaves %s as tagged', (_name, spec) => {
    const ws = words(spec);
    expect(tags(retagGerundComplements(ws))).toBe(tags(ws));
  });

  // Invented sentence, tagged by the real tagger.
  it('gives the form a clause of its own', () => {
    expect(verbsOf('Freedonia denied arming the Sylvanian rebels.')).toEqual(['deny', 'arm']);
  });
});
