import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

const root = resolve(import.meta.dirname, '../..');
const seed = resolve(root, '../shared/corpus/seed.txt');

const sitrep = (args: string[], input?: string) => runCli(args, { input, timeout: 30_000 });

describe('sitrep analyze', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
  const story = join(dir, 'story.txt');
  writeFileSync(
    story,
    'Talks resumed in Geneva on Tuesday.\n\nBoth delegations called them useful.',
  );

  it('prints one pretty JSON document for one input', () => {
    const r = sitrep(['analyze', story, '--published', '2024-03-05']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.published).toBe('2024-03-05');
    expect(doc.paragraphs).toHaveLength(2);
    expect(Array.isArray(doc.events)).toBe(true);
  });

  it('prints JSON Lines naming each input for several inputs, and fails only the bad one', () => {
    const r = sitrep(['analyze', story, join(dir, 'missing.txt'), story]);
    expect(r.code).toBe(1);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.input)).toEqual([story, story]);
    expect(r.stderr).toContain('missing.txt: no such file or directory');
  });

  it('reads stdin and prints a readable summary', () => {
    const r = sitrep(
      ['analyze', '-', '-f', 'text', '--published', '2024-03-05'],
      'Some news text.',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('published: 2024-03-05 (supplied)');
  });

  it('prints a figure with no number as its qualifier and unit, one space apart', () => {
    const r = sitrep(
      ['analyze', '-', '-f', 'text', '--published', '2024-03-05'],
      'Ruritania launched several missiles into the sea on Monday.',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/quantity: {2}several missiles \("several missiles"\)/);
  });

  it('rejects a malformed date option with a clear message', () => {
    const r = sitrep(['analyze', story, '--published', 'yesterday']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/YYYY-MM-DD/);
  });

  it.skipIf(!existsSync(seed))('analyses the seed article as plain text', () => {
    const r = sitrep(['analyze', seed, '--published', '2024-11-06']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.text.length).toBeGreaterThan(1000);
  });
});
