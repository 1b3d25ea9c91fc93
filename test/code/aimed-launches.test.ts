import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';

/** Each event as `TYPE/MODE ACTORS>RECIPIENTS` (shipped dictionaries). */
function code(text: string): string[] {
  return analyze(text, { published: '2025-01-13' }).events.map(
    (e) =>
      `${e.type}/${e.mode ?? ''} ${e.actors.map((a) => a.code).join('+')}>${e.recipients.map((r) => r.code).join('+')}`,
  );
}

describe('a missile launch aimed at another party is an attack on it', () => {
  it.each([
    ['at a state', 'Yemeni rebels fired a missile at Israel on Monday.', 'ASSAULT/missile YEM>ISR'],
    [
      'at a city of another state, before a clause about it',
      'Yemeni rebels launched a ballistic missile at Tel Aviv, which Israel said it intercepted.',
      'ASSAULT/missile YEM>ISR',
    ],
    ['"on" a city', 'Russia launched missiles on Kyiv overnight.', 'ASSAULT/missile RUS>UKR'],
    [
      'a figure with a comma before the aim',
      'Yemeni rebels launched 1,200 missiles at Israel on Monday.',
      'ASSAULT/missile YEM>ISR',
    ],
  ])('%s', (_name, text, expected) => {
    expect(code(text)).toContain(expected);
  });

  it.each([
    [
      'a vessel, whoever owns it',
      'Latvian rebels fired two missiles at a foreign-owned cargo ship.',
    ],
    ['a site', 'Latvia launched rockets at a remote airbase on Monday.'],
  ])('aimed at %s: an attack', (_name, text) => {
    expect(code(text).some((e) => e.startsWith('ASSAULT/missile LVA>'))).toBe(true);
  });

  it("a launch at a ship is no attack on the rebels' own state", () => {
    expect(
      code(
        'Latvia has fought the rebels for years. Latvian rebels fired two missiles at a foreign-owned cargo ship.',
      ),
    ).toContain('ASSAULT/missile LVA>');
  });

  it.each([
    ['into the sea', 'North Korea launched two ballistic missiles into the sea on Tuesday.'],
    ['toward a sea or a state: a show of force', 'North Korea fired a missile toward Japan.'],
    ['"on" a day', 'Iran launched missiles on Tuesday.'],
    [
      '"on" a day before the speaker',
      "North Korea test-fired a ballistic missile on Thursday, Japan's defence ministry said.",
    ],
    ['at a range of its own', 'Russia fired missiles at a test range in Astrakhan.'],
    ['at targets named by no craft or site', 'Latvia fired missiles at targets off its coast.'],
  ])('negative: %s stays a show of force', (_name, text) => {
    const coded = code(text);
    expect(coded.some((e) => e.startsWith('MOBILIZE/weapons'))).toBe(true);
    expect(coded.some((e) => e.startsWith('ASSAULT'))).toBe(false);
  });
});
