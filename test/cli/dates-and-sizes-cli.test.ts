import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

const sitrep = (args: string[]) => runCli(args);

describe('dates and sizes given to the CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-dates-'));
  const story = join(dir, 'story.txt');
  writeFileSync(story, 'Freedonian troops crossed the river on Monday, Sylvania said.');

  it('refuses --published 2024-02-30, saying why', () => {
    const r = sitrep(['analyze', story, '--published', '2024-02-30']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/February 2024 has 29 days/);
  });

  it('refuses a far-future --published date', () => {
    const r = sitrep(['analyze', story, '--published', '9999-12-31']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/9999-12-31 is in the future/);
  });

  it('refuses a JSON Lines record whose published is not a date; the others go on', () => {
    const records = join(dir, 'records.jsonl');
    writeFileSync(
      records,
      [
        { id: 'a', text: 'Sylvania denied the report on Tuesday.', published: 'not-a-date' },
        { id: 'b', text: 'Freedonia closed the border on Tuesday.', published: '2024-03-05' },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n'),
    );
    const r = sitrep(['analyze', records, '--format', 'jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/records\.jsonl:1: record's published: "not-a-date" is not a date/);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '{}').published).toBe('2024-03-05');
  });

  it('honours --max-bytes above 10 MB, and names the option when a page is over the limit', () => {
    const big = join(dir, 'big.txt');
    const sentence = 'Freedonian troops crossed the river near Port Alba on Monday. ';
    writeFileSync(big, sentence.repeat(Math.ceil(11_000_000 / sentence.length)));
    const refused = sitrep(['analyze', big, '--format', 'text']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/--max-bytes/);
    const r = sitrep(['analyze', big, '--format', 'text', '--max-bytes', '60MB']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^cut: .*characters were analysed/m);
  });
});
