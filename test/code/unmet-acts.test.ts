import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';
import { compactCoder } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const dicts = testDictionaries();
const code = compactCoder(dicts);

// Invented sentences; published Wednesday 2024-11-06.
describe('"has yet to": an act not done so far is negated', () => {
  const counted = (text: string): string[] =>
    code(text).filter((e) => !e.includes(' negated') && !e.startsWith('REJECT'));
  it.each([
    ['has yet to', 'Freedonia has yet to shell Sylvanian troops, officials said.'],
    ['is yet to', 'Sylvania is yet to sign the pact with Freedonia.'],
  ])('%s', (_name, text) => {
    expect(counted(text)).toEqual([]);
  });
  it.each([
    ['a plain past act', 'Freedonia shelled Sylvanian troops, officials said.', 'ASSAULT FRD>SYL'],
    [
      '"yet" elsewhere',
      'Freedonia shelled Sylvanian troops, yet officials said little.',
      'ASSAULT FRD>SYL',
    ],
  ])('negative: %s', (_name, text, expected) => {
    expect(counted(text).some((e) => e.startsWith(expected))).toBe(true);
  });
});

// The shipped "strike" row: striking a deal is no attack.
describe('"strike a deal" is no attack', () => {
  const types = (text: string): string[] =>
    analyze(text, { published: '2024-11-06' }).events.map((e) => e.type);
  it('a deal struck', () => {
    expect(types('Estonia struck a trade deal with Latvia on Monday.')).not.toContain('ASSAULT');
  });
  it('negative: positions struck', () => {
    expect(types('Estonian jets struck Latvian positions on Monday.')).toContain('ASSAULT');
  });
});
