import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';
import { partiesCoder } from './support/compact-event.js';

const shipped = partiesCoder();
const mentions = (text: string): string[] =>
  analyze(text, { published: '2024-11-06' })
    .mentions.filter((m) => m.kind === 'actor')
    .map((m) => `${m.text}=${m.kind === 'actor' ? m.actor.code : ''}`);

// Invented sentences about real bodies, with the shipped dictionaries
// (annotate/actors/find-body-descriptions).
describe('a body named again by a common noun ("the bloc", "the alliance")', () => {
  it('"the 27-nation bloc" after the European Union is the union', () => {
    const text =
      'The European Union imposed sanctions on Latvia on Monday. The 27-nation bloc also expelled two Latvian diplomats.';
    expect(shipped(text)).toContain('SANCTION EUR>LVA');
    expect(mentions(text)).toContain('27-nation bloc=EUR');
  });
  it('"the alliance" after NATO is NATO', () => {
    expect(
      mentions('NATO ministers met on Monday. The alliance said it would send troops to Estonia.'),
    ).toContain('alliance=NATO');
  });
  it('negative: with no body of its kind named before, the noun names none', () => {
    expect(
      mentions(
        'The alliance said on Monday it would send troops to Estonia. NATO ministers met on Tuesday.',
      ).some((m) => m.startsWith('alliance')),
    ).toBe(false);
  });
  it('negative: a name with "Union" in it is no description', () => {
    expect(
      mentions(
        'The European Union condemned Latvia on Monday. The Soviet Union collapsed in 1991.',
      ).some((m) => m.startsWith('Soviet Union=EUR')),
    ).toBe(false);
  });
  it('negative: a union named after a state is no body named before', () => {
    expect(
      mentions('Estonia met Latvia on Monday. The union of the two parties held.').some((m) =>
        m.startsWith('union'),
      ),
    ).toBe(false);
  });
});

describe('sanctions adopted are the act the sentence tells (carries-event-noun)', () => {
  it('"adopted sanctions" is a sanction', () => {
    expect(shipped('The European Union adopted sanctions against Latvia.')).toContain(
      'SANCTION EUR>LVA',
    );
  });
});
