import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import type { ActorMention, Annotated } from '../../src/model/index.js';
import { buildAnnotated } from './support/build-annotated.js';
import { compactEvent } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const dicts = testDictionaries();
const GROUP = 'Sylvanian Liberation Front';

// The shared test actors with an invented armed group of Sylvania (SYL, sector REB) added.
function annotate(text: string): Annotated {
  const a = buildAnnotated(text, '2024-11-06');
  const start = text.indexOf(GROUP);
  if (start < 0) return a;
  const span = { start, end: start + GROUP.length };
  const group: ActorMention = {
    kind: 'actor',
    span,
    text: GROUP,
    ruleId: 'test/actor',
    actor: { code: 'SYL', sector: 'REB', name: GROUP, text: GROUP, span },
  };
  const mentions = a.mentions.filter((m) => m.span.end <= start || m.span.start >= span.end);
  return { ...a, mentions: [...mentions, group].sort((x, y) => x.span.start - y.span.start) };
}

const run = (text: string) => explainEvents(annotate(text), dicts);
const code = (text: string): string[] => run(text).events.map((e) => compactEvent(e));
const notes = (text: string): string =>
  run(text)
    .explanation.flatMap((s) => s.lines)
    .join('\n');

// Invented sentences; published Wednesday 2024-11-06. The North Ridge region lies in Sylvania,
// Red Bay in Freedonia.
describe('rebels acting on a place of their own state act against it', () => {
  it('an armed group of Sylvania shelling a Sylvanian region targets Sylvania', () => {
    expect(code(`The ${GROUP} shelled the North Ridge region on Monday.`)).toEqual([
      'ASSAULT SYL>SYL @2024-11-04',
    ]);
  });
  it('the state is the target even where another party leads the article', () => {
    const text = `Freedonian troops shelled Sylvania on Sunday. Freedonia warned Sylvania. The ${GROUP} shelled the North Ridge region on Monday.`;
    expect(code(text)).toContain('ASSAULT SYL>SYL @2024-11-04');
  });
  it('negative: the same group shelling a place of another state', () => {
    expect(notes(`The ${GROUP} shelled Red Bay on Monday.`)).not.toMatch(/its own armed group/);
  });
  it("negative: a state's own army is not an armed group against it", () => {
    expect(notes('Sylvanian troops shelled the North Ridge region on Monday.')).not.toMatch(
      /its own armed group/,
    );
  });
});
