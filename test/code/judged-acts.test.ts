import { describe, expect, it } from 'vitest';
import { holdsJudgmentWord } from '../../src/code/finders/find-judged-acts.js';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { taggedWords } from '../../src/dictionaries/word-lists.js';
import { compactCoder } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const EXTRA: TriggerEntry[] = [
  { id: 'blockade-n', pos: 'noun', words: ['blockade'], type: 'COERCE', mode: 'restrict' },
  { id: 'sanctions-n', pos: 'noun', words: ['sanctions'], type: 'SANCTION', mode: 'economic' },
];
const dicts = testDictionaries(EXTRA);

const code = compactCoder(dicts, { date: false, quantity: false });
const judgments = (text: string): string[] => code(text).filter((e) => e.startsWith('ACCUSE'));

// Invented sentences; published Wednesday 2024-11-06.
describe('a speaker who calls an act a violation or illegal disapproves of it', () => {
  it.each([
    [
      'the act named before the copula, its doer after "by"',
      'Freedonia said the blockade of the port by Sylvania was a blatant violation of the treaty.',
      ['ACCUSE FRD>SYL'],
    ],
    [
      'the speaker after the quote',
      'The blockade of the port by Sylvania is illegal, the Freedonian foreign ministry said.',
      ['ACCUSE FRD>SYL'],
    ],
    [
      'an act with no doer named: nobody judged, the judge still disapproves',
      'Osterlich said blocking the port was unacceptable.',
      ['ACCUSE OST>'],
    ],
    [
      'an act judged with no doer named is the one told before',
      'Sylvania imposed sanctions on Freedonia on Monday. Freedonia said the sanctions were unjustified.',
      ['ACCUSE FRD>SYL'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(judgments(text)).toEqual(expected);
  });

  it('the speaker is not made the doer of the act it judges', () => {
    const events = code('Freedonia said the blockade of the port was a violation of the treaty.');
    expect(events).toContain('ACCUSE FRD>');
    expect(events.some((e) => e.startsWith('COERCE FRD'))).toBe(false);
  });

  it.each([
    ['a negated judgment', 'Freedonia said the blockade of the port by Sylvania was not illegal.'],
    ['a judgment that may come', 'Freedonia said the blockade by Sylvania would be illegal.'],
    ['the outlet judging in its own voice', 'The blockade of the port by Sylvania was illegal.'],
    ['no act in the subject', 'Freedonia said the border with Sylvania was illegal.'],
    ['not a judgment word', 'Freedonia said the blockade of the port by Sylvania was long.'],
  ])('negative: %s', (_name, text) => {
    expect(judgments(text)).toEqual([]);
  });
});

describe('the text test for a judgment word', () => {
  it('agrees with a look for each word on random texts of word pieces', () => {
    const words = [...taggedWords('judgment')];
    const reference = (text: string): boolean => words.some((w) => text.includes(w));
    // pieces of judgment words, other words and separators: texts that hold a word, one cut
    // short, or one inside a longer word
    const pieces = [
      ...words,
      ...words.map((w) => w.slice(0, -1)),
      ...words.map((w) => w.slice(1)),
      'the',
      'act',
      'was',
      'un',
      'il',
      's',
      '-',
    ];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
    let held = 0;
    for (let n = 0; n < 500; n++) {
      const text = Array.from(
        { length: 1 + (next() % 8) },
        () => pieces[next() % pieces.length],
      ).join(next() % 3 === 0 ? '' : ' ');
      expect(holdsJudgmentWord(text), text).toBe(reference(text));
      if (reference(text)) held++;
    }
    // both answers were tried
    expect(held).toBeGreaterThan(50);
    expect(held).toBeLessThan(450);
  });
});
