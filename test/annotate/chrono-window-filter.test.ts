import { createHash } from 'node:crypto';
import { ParsingContext } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { chronoCalls } from './support/chrono-calls.js';
import {
  blankedOut,
  chronoMayMatch,
  DATE_PARSER,
  findChronoDates,
} from '../../src/annotate/time/find-chrono-dates.js';

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

// Every match of a parser's pattern in `w`, from each start (sticky), as [start, end).
function parserMatches(w: string): [number, number][] {
  const out: [number, number][] = [];
  for (const { re } of patterns) {
    const sticky = new RegExp(re.source, `${re.flags}y`);
    for (let i = 0; i < w.length; i++) {
      sticky.lastIndex = i;
      const m = sticky.exec(w);
      if (m && m[0].length > 0) out.push([i, i + m[0].length]);
    }
  }
  return out;
}

describe('the window filter with the dates read directly blanked out', () => {
  it('turns the characters of the spans inside the window to spaces, and no others', () => {
    expect(blankedOut('on Monday, May 3 in Xia', 100, [{ start: 103, end: 109 }])).toBe(
      'on       , May 3 in Xia',
    );
    // spans that reach past either end, and spans outside it
    expect(
      blankedOut('May 3 to June 4', 10, [
        { start: 5, end: 13 },
        { start: 40, end: 50 },
      ]),
    ).toBe('    3 to June 4');
  });

  it('skips no window where a parser matches outside the blanked span', () => {
    let seed = 777;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    let skipped = 0;
    for (const w of windows(4_000)) {
      const start = next(w.length + 1);
      const span = { start, end: start + next(w.length - start + 1) };
      if (chronoMayMatch(blankedOut(w, 0, [span]))) continue;
      skipped++;
      // a match may begin on the boundary character before its date (chrono's `(\W|^)`)
      const outside = parserMatches(w).filter(([a, b]) => b <= span.start || a + 1 >= span.end);
      expect(
        outside.map(([a, b]) => `${w} [${span.start}, ${span.end}): ${w.slice(a, b)}`),
      ).toEqual([]);
    }
    expect(skipped).toBeGreaterThan(100);
  });

  it('reads the dates beside a date read directly, and calls chrono for none beside a bare year', () => {
    const reference = new Date('2024-11-06T12:00:00Z');
    // "2 days ago" lies outside "on Monday", read directly: chrono still reads the window
    const text = 'The Xian envoy left on Monday, 2 days ago in 2024.';
    const found = findChronoDates(text, { start: 0, end: text.length }, reference);
    expect(found.map((c) => [c.text, c.date])).toEqual([
      ['on Monday', '2024-11-06'],
      ['2 days ago', '2024-11-04'],
    ]);
    const bare = 'In 2024, on Monday, the Xian envoy left.';
    const calls = chronoCalls(() => {
      expect(
        findChronoDates(bare, { start: 0, end: bare.length }, reference).map((c) => c.text),
      ).toEqual(['on Monday']);
    });
    expect(calls).toEqual([]);
  });
});
