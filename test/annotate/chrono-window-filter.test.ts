import { createHash } from 'node:crypto';
import { ParsingContext } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { chronoMayMatch, DATE_PARSER } from '../../src/annotate/time/find-chrono-dates.js';

const context = new ParsingContext('', new Date(Date.UTC(2024, 10, 6, 12)));
const patterns = DATE_PARSER.parsers.map((p) => {
  const re = p.pattern(context);
  return { name: p.constructor.name, re: new RegExp(re.source, re.flags.replace('g', '')) };
});

// Words glued by spaces or not: the shapes the filter's branches were read for.
const PARTS = [
  'jan',
  'Jan.',
  'sept',
  'Sept.',
  'september',
  'may',
  'mar',
  'dec',
  'decision',
  'marks',
  'first',
  'second',
  'twenty',
  'thirty first',
  'of',
  'the',
  'end',
  'last',
  'day',
  'month',
  'this',
  'past',
  'next',
  'after',
  '+',
  '-',
  '/',
  '.',
  ',',
  ' ',
  '\t',
  '(',
  ')',
  '（',
  '1',
  '12',
  '2024',
  '99',
  '05',
  'mon',
  'Mon.',
  'sun',
  'sunday',
  'weekend',
  'thurs',
  'ago',
  'before',
  'earlier',
  'now',
  'today',
  'tonight',
  'tmr',
  'last night',
  'a',
  'an',
  'few',
  'couple',
  'half',
  'several',
  's',
  'm',
  'h',
  'd',
  'w',
  'y',
  'hr',
  'yr',
  'weeks',
  'years',
  'about',
  'around',
  '_',
  'x',
  'on',
  'in',
  'to',
  'until',
  'AD',
  'pm',
  '3rd',
  '21st',
  'T',
  'Z',
  ':',
];

function* windows(count: number): Generator<string> {
  let seed = 12345;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  for (let k = 0; k < count; k++) {
    let w = '';
    for (let j = 0, len = 1 + next(6); j < len; j++)
      w += PARTS[next(PARTS.length)] + (next(2) ? ' ' : '');
    yield w;
  }
}

describe('the window filter before chrono', () => {
  it('was read off these parsers and patterns (a new chrono-node means reading them again)', () => {
    const text = patterns.map(({ name, re }) => `${name} ${re.source} ${re.flags}`).join('\n');
    expect(createHash('sha1').update(text).digest('hex')).toBe(
      '9884e7a72dc9bb49afe13d6c5b1f283637418123',
    );
  });
  it('passes what a parser may read', () => {
    for (const w of ['on May 3', 'two days ago', 'last week', 'on 3/4', 'Sept. 5', 'since Mon.'])
      expect(chronoMayMatch(w)).toBe(true);
  });
  it('negative: skips words no parser reads', () => {
    for (const w of ['the decision was made', 'in 1999 the ship', 'maritime militia', 'Sunni'])
      expect(chronoMayMatch(w)).toBe(false);
  });
  it('skips no text that some parser pattern matches', () => {
    for (const w of windows(30_000)) {
      if (chronoMayMatch(w)) continue;
      expect(patterns.filter(({ re }) => re.test(w)).map(({ name }) => `${name}: ${w}`)).toEqual(
        [],
      );
    }
  });
});
