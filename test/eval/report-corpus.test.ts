import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runReportEval } from '../../src/eval/run-report-eval.js';

const shared = resolve(import.meta.dirname, '../../../shared');
const present = existsSync(resolve(shared, 'corpus/dev-claims.jsonl'));

describe.skipIf(!present)('report evaluation on the dev corpus', () => {
  it('ingests the corpus and prints every score per story and overall', async () => {
    const lines = await runReportEval({ shared, verbose: true });
    const text = lines.join('\n');
    expect(lines[0]).toMatch(/^report .*: \d+ gold claims; \d+ articles stored/);
    for (const label of ['nk_kursk', 'india_pakistan_2025', 'scs_second_thomas_shoal', 'overall'])
      expect(text).toContain(`  ${label}:`);
    for (const score of [
      '(a) claims found',
      '(b) final status',
      '(c) status changes',
      '(d) statements recall',
      '(e) figures recall',
    ])
      expect(text.split(score).length - 1, score).toBe(8);
    expect(text).toMatch(/claims found: +\d\.\d{3} \(\d+\/25\)/);
    expect(text).toContain('status history: gold | Sitrep');
  }, 600_000);
});
