import { describe, expect, it } from 'vitest';
import { partiesCoder } from './support/compact-event.js';

const shipped = partiesCoder();

// Invented sentences, shipped dictionaries.
describe('the party that claims responsibility for an act did it (roles/claimed-responsibility)', () => {
  it.each([
    ['a claim', 'Estonia claimed responsibility for the drone attack on Latvia on Monday.'],
    [
      'full responsibility',
      'Estonia claimed full responsibility for the attack on Latvia on Monday.',
    ],
  ])('%s', (_name, text) => {
    expect(shipped(text)).toContain('ASSAULT EST>LVA');
  });
  it('negative: condemning an attack is no claim to it', () => {
    expect(
      shipped('Estonia condemned the drone attack on Latvia on Monday.').some((e) =>
        e.startsWith('ASSAULT EST'),
      ),
    ).toBe(false);
  });
});

describe("a ship a state flags is that state's (annotate/actors HOLDER_RULE, refiners/infer-holder-target)", () => {
  it('"a Latvian-flagged tanker" seized: Latvia is the target', () => {
    expect(shipped('Estonia seized a Latvian-flagged tanker on Monday.')).toContain(
      'COERCE EST>LVA',
    );
  });
  it('negative: a tanker of no named state', () => {
    expect(shipped('Estonia seized a tanker on Monday.')).toContain('COERCE EST>');
  });
});

describe('violating a ceasefire is an attack, violating an agreement a rejection (PLOVER CAMEO 196 and 128)', () => {
  it('a ceasefire violated', () => {
    expect(shipped('Latvian troops violated the ceasefire on Monday.')).toContain('ASSAULT LVA>');
  });
  it('negative: an agreement violated', () => {
    expect(shipped('Latvia violated the agreement on Monday.')).toContain('REJECT LVA>');
  });
});
