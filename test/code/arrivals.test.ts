import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/model/index.js';
import { analyze } from '../../src/pipeline.js';

/** `TYPE ACTORS>RECIPIENTS` of each event, from the shipped dictionaries (invented sentences). */
function coded(text: string): string[] {
  const { events } = analyze(text, { published: '2024-11-06' });
  const codes = (l: { code: string }[]): string => [...new Set(l.map((r) => r.code))].join('+');
  return events.map((e: Event) => `${e.type} ${codes(e.actors)}>${codes(e.recipients)}`);
}

// The shipped arrival row sends whoever arrives; recode-arrivals reads who that is.
describe('who arrives tells what the arrival is', () => {
  it.each([
    ['troops arriving are sent', 'Estonian troops arrived in Latvia on Monday.', ['AID EST>LVA']],
    [
      'negative: troops named further on in the subject are still sent',
      'The first contingent of NATO peacekeeping troops arrived in Latvia on Monday.',
      ['AID NATO>LVA'],
    ],
    [
      'negative: warships arriving are still sent',
      'Estonian warships arrived in Latvia on Monday.',
      ['AID EST>LVA'],
    ],
    [
      'an official arriving visits',
      'The Estonian foreign minister arrived in Riga on Monday.',
      ['CONSULT EST>LVA'],
    ],
    [
      'a delegation arriving visits',
      'An Estonian delegation arrived in Riga on Monday.',
      ['CONSULT EST>LVA'],
    ],
    ['civilians arriving send no troops', 'Estonian refugees arrived in Latvia on Monday.', []],
  ])('%s', (_why, text, expected) => expect(coded(text)).toEqual(expected));
});
