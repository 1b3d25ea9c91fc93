import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/model/index.js';
import { analyze } from '../../src/pipeline.js';

const line = (e: Event): string =>
  `${e.type}/${e.mode ?? '-'} ${e.actors.map((a) => a.code).join('+')}>${e.recipients.map((r) => r.code).join('+')}`;
const shipped = (text: string): string[] =>
  analyze(text, { published: '2024-11-06' }).events.map(line);

// Invented sentences, shipped dictionaries (refiners/recode-ordered-troops).
describe('an order that sends troops away is no deployment', () => {
  it("another state's troops ordered out are expelled", () => {
    expect(shipped('Estonia ordered Latvian troops to leave the country on Monday.')).toContain(
      'SANCTION/expel EST>LVA',
    );
  });
  it('its own troops ordered back withdraw', () => {
    expect(shipped('Estonia ordered troops to withdraw from the border on Monday.')).toContain(
      'RETREAT/withdraw EST>',
    );
  });
  it('negative: troops ordered to a place are deployed', () => {
    expect(shipped('Estonia ordered troops to the border on Monday.')[0]).toMatch(/^MOBILIZE/);
  });
});

describe('what the other side gives in exchange names no recipient (refiners/assign-actors)', () => {
  it('prisoners given back in exchange are not those released', () => {
    expect(
      shipped('Estonia released four soldiers on Monday in exchange for 200 Latvian prisoners.'),
    ).toContain('RETREAT/release EST>');
  });
  it('negative: the soldiers released name the recipient', () => {
    expect(shipped('Estonia released four Latvian soldiers on Monday.')).toContain(
      'RETREAT/release EST>LVA',
    );
  });
});
