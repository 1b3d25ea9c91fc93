import { describe, expect, it } from 'vitest';
import type { Incident } from '../../src/model/index.js';
import { describeIncident } from '../../src/serve/pages/plain-sentence.js';
import { actor, incident } from './fixtures.js';

const ven = actor('VEN', 'Venezuela');
const guy = actor('GUY', 'Guyana');
const bra = actor('BRA', 'Brazil');
const noPlace = { place: null };

describe('describeIncident: one plain sentence per incident', () => {
  const rows: [string, Partial<Incident>, string][] = [
    [
      'actor, mode phrase, recipient and place',
      { type: 'AID', mode: 'troops', actors: [ven], recipients: [guy] },
      'Venezuela sent troops to Guyana in Cuyuni River.',
    ],
    [
      'type phrase when the mode has none of its own',
      { type: 'ASSAULT', mode: 'primitive', actors: [ven], recipients: [guy], ...noPlace },
      'Venezuela attacked Guyana.',
    ],
    [
      'no recipient: the intransitive phrase',
      { type: 'SANCTION', mode: null, actors: [ven], recipients: [], ...noPlace },
      'Venezuela imposed sanctions.',
    ],
    [
      'two actors and no recipient: the "together" phrase',
      { type: 'CONSULT', mode: 'visit', actors: [guy, ven], recipients: [], ...noPlace },
      'Guyana and Venezuela met.',
    ],
    [
      'no actor: a noun phrase',
      { type: 'ASSAULT', mode: null, actors: [], recipients: [guy, bra], ...noPlace },
      'An attack on Guyana and Brazil.',
    ],
    [
      'a name that is only a code becomes the country name',
      {
        type: 'ACCUSE',
        mode: 'allege',
        actors: [ven],
        recipients: [actor('GUY', 'GUY')],
        ...noPlace,
      },
      'Venezuela accused Guyana.',
    ],
    [
      'planned events say so, keeping the capital of a name',
      {
        type: 'AGREE',
        mode: 'treaty',
        actors: [ven],
        recipients: [bra],
        modality: 'planned',
        ...noPlace,
      },
      'Planned: Venezuela signed a treaty with Brazil.',
    ],
    [
      'a prefix before a common noun lowers its capital',
      { type: 'ASSAULT', mode: null, actors: [], recipients: [], modality: 'possible', ...noPlace },
      'Possibly: an attack.',
    ],
  ];
  it.each(rows)('%s', (_label, over, expected) => {
    expect(describeIncident(incident(over))).toBe(expected);
  });

  it('does not repeat a place that is a party, nor a party that both acts and receives', () => {
    const sentence = describeIncident(
      incident({
        type: 'THREATEN',
        mode: null,
        actors: [ven],
        recipients: [guy, ven],
        place: { ...incident().place!, name: 'Guyana' },
      }),
    );
    expect(sentence).toBe('Venezuela threatened Guyana.');
    expect(sentence).not.toMatch(/in Guyana|Venezuela and|and Venezuela/);
  });

  it('never shows the coded summary or a bare code', () => {
    const sentence = describeIncident(
      incident({ summary: 'VEN -> GUY: AID/troops "sent"', recipients: [actor('GUY', 'GUY')] }),
    );
    expect(sentence).not.toContain('->');
    expect(sentence).not.toMatch(/\bGUY\b/);
  });
});
