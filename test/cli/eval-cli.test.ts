import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

const sitrep = (args: string[]) => runCli(args);

/** A tiny evaluation folder of invented records, shaped like ../shared's. */
function writeSharedFolder(): string {
  const shared = mkdtempSync(join(tmpdir(), 'sitrep-eval-'));
  mkdirSync(join(shared, 'eval/plover-gsr'), { recursive: true });
  mkdirSync(join(shared, 'corpus'), { recursive: true });
  const gsr = [
    {
      id: 'TEST-SUPPORT-1',
      date: '2021-05-04',
      source: [{ actorText: 'Chilean', code: 'CHL', sector: 'GOV' }],
      target: [{ actorText: 'Peru', code: 'PER', sector: 'GOV' }],
      // PLOVER codes a signed accord as SUPPORT, a promise to sign one as AGREE
      event: 'SUPPORT',
      eventText: 'signed',
      text: 'The Chilean government signed a fishing accord with Peru on Tuesday.',
    },
    {
      id: 'TEST-ASSAULT-1',
      date: '2021-05-04',
      source: [{ actorText: 'rebels', code: 'REB', sector: 'REB' }],
      target: [],
      event: 'ASSAULT',
      eventText: 'shelled',
      text: 'Rebels shelled a market in the north of the country on Monday.',
    },
  ];
  writeFileSync(join(shared, 'eval/plover-gsr/dev.json'), JSON.stringify(gsr));
  const article = {
    id: 'test-001',
    lang: 'en',
    url: 'https://news.example/test-001',
    title: 'Chile and Peru sign fishing accord',
    published: '2021-05-05',
    text: 'Chile signed a fishing accord with Peru in Lima on Tuesday, officials said.\n\nThe deal covers the southern waters.',
  };
  writeFileSync(join(shared, 'corpus/dev.jsonl'), JSON.stringify(article) + '\n');
  const gold = {
    article: 'test-001',
    types: ['SUPPORT'],
    actors: ['CHL'],
    recipients: ['PER'],
    place: 'Lima',
    date: '2021-05-04',
    attributions: [],
    evidence: 'Chile signed a fishing accord with Peru in Lima on Tuesday',
  };
  writeFileSync(join(shared, 'corpus/dev-gold.jsonl'), JSON.stringify(gold) + '\n');
  writeFileSync(join(shared, 'corpus/seed.txt'), 'Chile signed an accord with Peru on Tuesday.\n');
  const claim = {
    claim: 'test-accord',
    story: 'test',
    summary: 'Chile and Peru signed a fishing accord',
    types: ['AGREE', 'SUPPORT'],
    mode: null,
    actors: ['CHL', 'PER'],
    recipients: [],
    date: '2021-05-04',
    statements: [
      { article: 'test-001', date: '2021-05-05', source: null, stance: 'assert', evidence: '' },
    ],
    status: 'asserted',
    status_history: [{ date: '2021-05-05', status: 'asserted', because: 'test-001' }],
    figures: [],
  };
  writeFileSync(join(shared, 'corpus/dev-claims.jsonl'), JSON.stringify(claim) + '\n');
  return shared;
}

describe('sitrep eval', () => {
  const shared = writeSharedFolder();

  it('scores the sentence-level gold and reports type and actor accuracy', () => {
    const r = sitrep(['eval', 'gsr', '--shared', shared]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/2 records/);
    expect(r.stdout).toMatch(/type accuracy \(first event\):\s+\d\.\d{3} \(\d\/2\)/);
    expect(r.stdout).toMatch(/source actor accuracy/);
  });

  it('lists the actor misses with --verbose', () => {
    const r = sitrep(['eval', 'gsr', '--verbose', '--shared', shared]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/actor misses: \d+/);
    // "rebels" has no code in Sitrep's dictionaries: the gold's REB source is a miss
    expect(r.stdout).toMatch(/TEST-ASSAULT-1: source REB wanted, got /);
  });

  it('lists misses, false alarms and missed claims with --verbose', () => {
    const r = sitrep(['eval', 'events', '--verbose', '--shared', shared]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/misses: \d+/);
    expect(r.stdout).toMatch(/claims missed on matched events: \d+/);
  });

  it('scores the article-level gold with precision, recall and F1', () => {
    const r = sitrep(['eval', 'events', '--shared', shared]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/F1/);
    expect(r.stdout).toMatch(/1 articles, 1 gold items/);
    expect(r.stdout).toMatch(/overall\s+P \d\.\d{3}\s+R \d\.\d{3}\s+F1 \d\.\d{3}/);
  });

  it('scores the merged report against the claim timeline, gold beside Sitrep with --verbose', () => {
    const r = sitrep(['eval', 'report', '--verbose', '--shared', shared]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/1 gold claims; 2 articles stored/);
    expect(r.stdout).toMatch(/test:\n\s+\(a\) claims found:\s+1\.000 \(1\/1\)/);
    expect(r.stdout).toMatch(/test-accord .*: gold asserted, Sitrep (asserted|reported)/);
    expect(r.stdout).toMatch(/status history: gold \| Sitrep\n\s+2021-05-05 asserted/);
  });

  it.each([[[]], [['report']]])(
    'says what is missing when the evaluation folder is absent, and fails (eval %j)',
    (suite: string[]) => {
      const r = sitrep(['eval', ...suite, '--shared', join(shared, 'nowhere')]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/nowhere is missing/);
      expect(r.stdout).toBe('');
    },
  );

  it('refuses an unknown suite with the list of choices', () => {
    const r = sitrep(['eval', 'everything']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/all, events, gsr, report, extract/);
  });
});
