import { describe, expect, it } from 'vitest';
import { hasTopLevelAlternative, matchCuesInText } from '../../src/code/finders/find-cues.js';
import { opensWithWordChar } from '../../src/code/finders/pattern-opening.js';
import { loadCodeDictionaries, type StanceCue } from '../../src/code/load-code-dictionaries.js';

// The reading the one-scan matcher must keep: each cue's pattern scanned globally, cue by cue.
function reference(text: string, cues: StanceCue[]): [string, number, number][] {
  const lower = text.toLowerCase();
  return cues.flatMap((cue) =>
    [...lower.matchAll(new RegExp(cue.pattern, 'g'))].map((m): [string, number, number] => [
      cue.id,
      m.index,
      m.index + m[0].length,
    ]),
  );
}
const read = (text: string, cues: StanceCue[]): [string, number, number][] =>
  matchCuesInText(text, cues).map((m) => [m.cue.id, m.start, m.end]);

// The ids of the cues found in the text, in order, once the matcher is checked against the
// cue-by-cue scan on it.
function idsAsScanned(text: string, cues: StanceCue[]): string[] {
  const got = read(text, cues);
  expect(got).toEqual(reference(text, cues));
  return got.map(([id]) => id);
}

describe('stance cue matching', () => {
  const { cues } = loadCodeDictionaries();

  it('finds overlapping cues of different kinds, each as its own scan would', () => {
    const text =
      'Xland has not confirmed the report. Yland denied it, and officials said they could not confirm or deny claims from Zland. Zland said, said again and confirmed.';
    const got = read(text, cues);
    expect(got).toEqual(reference(text, cues));
    const ids = new Set(got.map(([id]) => id));
    expect(ids.has('not-confirm')).toBe(true);
    expect(ids.has('confirm')).toBe(true);
    expect(ids.has('said')).toBe(true);
  });

  it('opens no shipped cue with a lookbehind, which the one scan would run at every character', () => {
    // a cue that must look back ("footage … shows") first looks ahead at its own words, so the
    // lookbehind runs only where they stand (one such cue once took three quarters of the scan)
    const opensBehind = cues.filter((cue) => /^\(\?<[=!]/.test(cue.pattern)).map((c) => c.id);
    expect(opensBehind).toEqual([]);
  });

  it('opens every shipped cue at the start of a word, never inside one', () => {
    // "commando not confirmed", "goodwill not acknowledged": the end of a longer word is no
    // auxiliary; a cue without a leading boundary was also tried at every character of the text
    const inside = cues.filter((cue) => !cue.pattern.startsWith('\\b')).map((c) => c.id);
    expect(inside).toEqual([]);
    const ids = (text: string): string[] => read(text, cues).map(([id]) => id);
    expect(ids('A Freedonian commando not confirmed dead was found in Sylvania.')).not.toContain(
      'not-confirm',
    );
    expect(ids("Sylvania's goodwill not acknowledged, Freedonia left the talks.")).not.toContain(
      'not-confirm',
    );
    // the negatives: the auxiliary as a word of its own still opens the cue
    expect(ids('Freedonia did not confirm the report.')).toContain('not-confirm');
    expect(ids('Sylvania will not acknowledge the vote.')).toContain('not-confirm');
  });

  it('never lets one cue match inside its own match, as a global scan would not', () => {
    const invented: StanceCue[] = [
      { id: 'twice', pattern: 'said\\s+said', stance: 'assert', source: 'before' },
      { id: 'once', pattern: 'said', stance: 'assert', source: 'before' },
    ];
    const text = 'they said said said so';
    expect(idsAsScanned(text, invented).filter((id) => id === 'twice')).toHaveLength(1);
  });

  it('shares the word boundary only among cues that open with one and have no top-level alternative', () => {
    const invented: StanceCue[] = [
      { id: 'bounded', pattern: '\\b(?:vowed|pledged)', stance: 'assert', source: 'before' },
      // "\\bhinted|signalled": the second alternative needs no boundary ("xsignalled" holds it)
      { id: 'alternative', pattern: '\\bhinted|signalled', stance: 'assert', source: 'before' },
      { id: 'inside', pattern: 'stated', stance: 'assert', source: 'before' },
    ];
    const text = 'Xland vowed, Yland xsignalled and unstated; Zland hinted, rehinted and pledged.';
    expect(idsAsScanned(text, invented)).toEqual([
      'bounded',
      'bounded',
      'alternative',
      'alternative',
      'inside',
    ]);
  });

  it('scans word starts only for cues that open with a word character, \\b for the rest', () => {
    // shipped cues all open with a word after their boundary: the fast scan serves them all
    expect(cues.filter((cue) => !opensWithWordChar(cue.pattern.slice(2))).map((c) => c.id)).toEqual(
      [],
    );
    const invented: StanceCue[] = [
      { id: 'word', pattern: '\\b(?:vowed|pledged)', stance: 'assert', source: 'before' },
      // after a word's end, a boundary and then a quote or a dash: no word start is there
      { id: 'quote', pattern: '\\b[\'"”]\\s*said', stance: 'assert', source: 'before' },
      { id: 'dash', pattern: '\\b(?:-|—)\\s*told', stance: 'assert', source: 'before' },
    ];
    const text = 'Xland vowed" said Yland, and Zland— told Wland that it pledged-- told them.';
    expect(idsAsScanned(text, invented)).toEqual(['word', 'word', 'quote', 'dash']);
  });

  it.each([
    ['said', true],
    ['(?:said|told)\\s+', true],
    ['(?=(?:is|are)\\s)(?<!\\b(?:it|we)\\s)(?:is|are)', true],
    ['\\bquot(?:ed|es)', true],
    ['[a-z]+ly', true],
    ['\\d{4}', true],
    ['s?aid', true],
    ['(?:very\\s+)?said', true],
    ['(?:x)*said', true],
    ['(?:said|)', false],
    ['(?:\\s+said)', false],
    ['[a-z-]+', false],
    ['[^a-z]said', false],
    ['["“]?said', false],
    ['(?:very\\s+)?\\s', false],
    ['.said', false],
    ['\\s*said', false],
    ['(?<name>said)', false],
    ['', false],
  ])('opensWithWordChar(%j) is %s', (pattern, expected) => {
    expect(opensWithWordChar(pattern)).toBe(expected);
  });

  it('tells a top-level alternative from one inside a group or a class', () => {
    expect(hasTopLevelAlternative('\\ba|b')).toBe(true);
    expect(hasTopLevelAlternative('\\b(?:a|b)')).toBe(false);
    expect(hasTopLevelAlternative('\\b[|]a')).toBe(false);
    expect(hasTopLevelAlternative('\\b\\|a')).toBe(false);
  });

  it('agrees with a scan per cue on random texts of cue words', () => {
    const words = [
      'has',
      'not',
      'confirmed',
      'denied',
      'said',
      'says',
      'according',
      'to',
      'dismissed',
      'claims',
      'from',
      'neither',
      'nor',
      'deny',
      'declined',
      'comment',
      'no',
      'reports',
      'by',
      'the',
      'Xland',
      "n't",
      'could',
      'was',
      'looking',
      'into',
      'retracted',
      'its',
      'claim',
      ',',
      '.',
      'intelligence',
      'shows',
    ];
    let seed = 11;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 300; n++) {
      const text = Array.from(
        { length: 4 + (next() % 20) },
        () => words[next() % words.length],
      ).join(next() % 3 === 0 ? '' : ' ');
      expect(read(text, cues), text).toEqual(reference(text, cues));
    }
  });
});
