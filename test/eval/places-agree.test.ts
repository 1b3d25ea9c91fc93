import { describe, expect, it } from 'vitest';
import { placesAgree } from '../../src/eval/event-match.js';
import type { Place } from '../../src/model/index.js';

function place(name: string, text = name, country: string | null = null): Place {
  return { name, text, country, lat: null, lon: null, precision: 'city' };
}
const countryName = (code: string): string | undefined =>
  ({ FRD: 'Freedonia', SYL: 'Sylvania' })[code];

describe('a matched event’s place against the gold’s (scored on matched pairs)', () => {
  it.each<[string, string | null, Place | null, boolean]>([
    ['no gold place wants none', null, null, true],
    ['no gold place: any place is wrong', null, place('Fredville'), false],
    ['a gold place: none is wrong', 'Fredville', null, false],
    ['the same name', 'Fredville', place('Fredville'), true],
    [
      'a kind word differs ("region", "oblast")',
      'North Ridge region',
      place('North Ridge Oblast'),
      true,
    ],
    ['the text as written agrees', 'Red Shoal', place('Crimson Reef', 'Red Shoal'), true],
    [
      'the gold names the country the place lies in',
      'Sylvania',
      place('Hillford', 'Hillford', 'SYL'),
      true,
    ],
    ['kind words alone never agree', 'the border region', place('Border Province'), false],
    [
      'another place of the same country and kind',
      'North Ridge region',
      place('South Vale region', 'South Vale region', 'SYL'),
      false,
    ],
  ])('%s', (_rule, gold, got, agree) => {
    expect(placesAgree(gold, got, countryName)).toBe(agree);
  });
});
