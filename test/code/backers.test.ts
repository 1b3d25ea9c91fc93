import { describe, expect, it } from 'vitest';
import { BACKER_RULE } from '../../src/annotate/actors/drop-hyphen-compounds.js';
import { explainEvents } from '../../src/code/index.js';
import type { Annotated } from '../../src/model/index.js';
import { buildAnnotated } from './support/build-annotated.js';
import { compactEvent } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const dicts = testDictionaries();

// The shared test actors, with a state right before "-backed" read as its backer (as annotate
// reads it).
function annotate(text: string): Annotated {
  const a = buildAnnotated(text, '2024-11-06');
  const mentions = a.mentions.map((m) =>
    m.kind === 'actor' && /^-(?:backed|armed)\b/.test(text.slice(m.span.end))
      ? { ...m, ruleId: BACKER_RULE }
      : m,
  );
  return { ...a, mentions };
}

const code = (text: string): string[] =>
  explainEvents(annotate(text), dicts).events.map((e) => compactEvent(e));

// Invented sentences; published Wednesday 2024-11-06.
describe('a state backing a group, named in a compound', () => {
  it('the backer supports the party the phrase names', () => {
    expect(code('Freedonia-backed Sylvanian troops crossed the river on Monday.')).toContain(
      'SUPPORT FRD>SYL @2024-11-04',
    );
  });
  it('the backer is no party to what the group does', () => {
    const events = code('Freedonia-backed gunmen shelled Sylvania on Monday.');
    expect(events).toContain('SUPPORT FRD> @2024-11-04');
    expect(events.filter((e) => e.startsWith('ASSAULT'))).toEqual(['ASSAULT >SYL @2024-11-04']);
  });
  it('negative: a state before another compound is no backer', () => {
    expect(code('Freedonia-based gunmen shelled Sylvania on Monday.').join()).not.toMatch(
      /SUPPORT/,
    );
  });
});
