import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimArticles, readGoldClaims } from '../../src/eval/report-gold.js';
import { claim } from './report-fixtures.js';

function goldFile(lines: string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'sitrep-claims-')), 'claims.jsonl');
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

describe('readGoldClaims', () => {
  it('reads one claim a line, skipping blank lines', () => {
    const claims = readGoldClaims(goldFile([JSON.stringify(claim()), '', JSON.stringify(claim())]));
    expect(claims).toHaveLength(2);
    expect(claims[0]?.status_history[0]?.status).toBe('asserted');
  });

  it('names the line of a record that is not JSON', () => {
    const file = goldFile([JSON.stringify(claim()), '{"claim": ']);
    expect(() => readGoldClaims(file)).toThrow(/claims\.jsonl:2 is not valid JSON/);
  });

  it('names what a record lacks', () => {
    const file = goldFile([JSON.stringify({ claim: 'x', story: 's' })]);
    expect(() => readGoldClaims(file)).toThrow(/:1 is not a claim \(missing types, actors/);
  });
});

describe('claimArticles', () => {
  it('takes the articles of statements and figures', () => {
    expect([...claimArticles(claim())].sort()).toEqual(['a1', 'a2', 'a3']);
  });
});
