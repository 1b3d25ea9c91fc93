import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Refiner } from '../../src/code/context.js';
import { explainEvents } from '../../src/code/index.js';
import { CODE_PIPELINE, type CodePipeline } from '../../src/code/pipeline.js';
import { buildAnnotated } from './support/build-annotated.js';
import { compactEvent } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const CODE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/code');
const dicts = testDictionaries();
// Invented: a signing, a shelling with a figure and a date, a claim about troops.
const TEXT =
  'Freedonia and Sylvania signed a pact on Monday. Freedonia shelled Sylvania on Tuesday, ' +
  'killing 4 people. Osterlich said that Freedonian troops were deployed to Sylvania.';

const steps = [...CODE_PIPELINE.finders, ...CODE_PIPELINE.refiners];

describe('the code pipeline list', () => {
  it('names every step once, says why it stands there, and names the file of its rule', () => {
    const names = steps.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    for (const s of steps) expect(s.why.trim().length, s.name).toBeGreaterThan(10);
    for (const s of CODE_PIPELINE.finders)
      expect(existsSync(`${CODE_DIR}/finders/${s.name}.ts`), s.name).toBe(true);
    for (const s of CODE_PIPELINE.refiners)
      expect(existsSync(`${CODE_DIR}/refiners/${s.name}.ts`), s.name).toBe(true);
  });

  it('is what explainEvents runs: every step once, in the listed order, and nothing else', () => {
    const ran: string[] = [];
    const recorded: CodePipeline = {
      finders: CODE_PIPELINE.finders.map((s) => ({
        ...s,
        run: (view, ctx) => {
          if (view.index === 0) ran.push(s.name);
          return s.run(view, ctx);
        },
      })),
      refiners: CODE_PIPELINE.refiners.map((s) => ({
        ...s,
        run: (cands, ctx) => {
          ran.push(s.name);
          return s.run(cands, ctx);
        },
      })),
    };
    const annotated = buildAnnotated(TEXT, '2024-11-06');
    const plain = explainEvents(annotated, dicts);
    const traced = explainEvents(annotated, dicts, true, recorded);
    expect(ran).toEqual(steps.map((s) => s.name));
    expect(plain.steps).toEqual(ran);
    expect(traced.events.map((e) => compactEvent(e))).toEqual(
      plain.events.map((e) => compactEvent(e)),
    );
    expect(plain.events.length).toBeGreaterThan(1);
  });

  it('runs only the listed steps, and --explain names the refiner that dropped a candidate', () => {
    const dropAll: Refiner = (cands) =>
      cands.filter((c) => {
        c.dropped = 'a test rule drops everything';
        return false;
      });
    const only: CodePipeline = {
      finders: CODE_PIPELINE.finders.filter((s) => s.name === 'find-triggers'),
      refiners: [{ name: 'drop-everything', why: 'to see who dropped it', run: dropAll }],
    };
    const result = explainEvents(buildAnnotated(TEXT, '2024-11-06'), dicts, true, only);
    expect(result.events).toEqual([]);
    expect(result.steps).toEqual(['find-triggers', 'drop-everything']);
    const lines = result.explanation.flatMap((s) => s.lines);
    expect(lines).toContain('  dropped by drop-everything: a test rule drops everything');
  });

  it('with no refiners, every candidate the finders propose is an event', () => {
    const none: CodePipeline = { finders: CODE_PIPELINE.finders, refiners: [] };
    const result = explainEvents(buildAnnotated(TEXT, '2024-11-06'), dicts, true, none);
    expect(result.events.length).toBeGreaterThan(0);
    expect(result.explanation.flatMap((s) => s.lines).some((l) => l.includes('dropped'))).toBe(
      false,
    );
  });
});
