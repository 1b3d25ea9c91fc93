import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { buildAnnotated } from './support/build-annotated.js';
import { testDictionaries } from './support/test-dictionaries.js';

const EXTRA: TriggerEntry[] = [
  { id: 'support', pos: 'verb', lemma: 'support', type: 'SUPPORT', mode: null, speech: true },
];
const dicts = testDictionaries(EXTRA);
const types = (text: string): string[] =>
  explainEvents(buildAnnotated(text, '2024-11-06'), dicts).events.map(
    (e) =>
      `${e.type}/${e.mode ?? ''} ${e.actors.map((a) => a.code).join('+')}>${e.recipients.map((r) => r.code).join('+')}`,
  );

// Invented sentences; published Wednesday 2024-11-06. The SLF is an armed group of Sylvania.
describe('support given by troops is military aid', () => {
  it.each([
    ['troops supporting a group', 'Freedonian troops are supporting the SLF near the river.'],
    ['soldiers who supported a group', 'Freedonian soldiers supported the SLF on Monday.'],
  ])('%s', (_name, text) => {
    expect(types(text)).toContain('AID/troops FRD>SYL');
  });
  it.each([
    ['negative: a state supporting a side', 'Freedonia supported Sylvania on Monday.'],
    ['negative: officials supporting a side', 'Freedonian officials supported Sylvania on Monday.'],
  ])('%s', (_name, text) => {
    const got = types(text);
    expect(got.some((t) => t.startsWith('SUPPORT/'))).toBe(true);
    expect(got.some((t) => t.startsWith('AID/'))).toBe(false);
  });
  it('negative: a state supporting an armed group gives no troops', () => {
    // military aid, not troops (recode-armed-backing)
    expect(types('Freedonia supported the SLF on Monday.')).toEqual(['AID/military FRD>SYL']);
  });
});
