import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Repository } from '../../src/store/repository.js';
import { openSqliteRepository } from '../../src/store/sqlite-repository.js';
import { DEPLOYMENT_STORY, deploymentOf, ingestInvented } from './invented-claims.js';

let dir: string;
let repo: Repository;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-claims-'));
  repo = await openSqliteRepository(join(dir, 'store.db'));
});

afterEach(async () => {
  await repo.close();
  rmSync(dir, { recursive: true, force: true });
});

const [asserted, denied, noDispute, thirdState] = DEPLOYMENT_STORY;

describe('who may confirm a claim, in a real store', () => {
  it('a third state asserts, the doer denies, then owns to its act: asserted, disputed, confirmed', async () => {
    await ingestInvented(repo, DEPLOYMENT_STORY);
    const incident = await deploymentOf(repo);
    expect(incident?.status).toBe('confirmed');
    expect(incident?.history.map((h) => [h.on, h.status])).toEqual([
      ['2025-03-03', 'asserted'],
      ['2025-03-05', 'disputed'],
      ['2025-03-12', 'confirmed'],
    ]);
    const change = incident?.history.at(-1);
    // the change is told in words, with the sentence it rests on
    expect(change?.because).toMatch(/^Estonia, a party to the event/);
    expect(change?.because).toContain('Estonia confirmed on Wednesday that it had sent');
  });

  it('negative: "did not dispute" and a third state\'s "confirmed" never confirm', async () => {
    await ingestInvented(repo, [asserted!, noDispute!, thirdState!]);
    const incident = await deploymentOf(repo);
    expect(incident?.status).toBe('asserted');
    const stances = incident?.statements.map((s) => `${s.source?.code}:${s.stance}`);
    expect(stances).toContain('EST:noncommittal');
    expect(stances).toContain('SWE:assert');
    expect(stances).not.toContain('SWE:confirm');
  });

  it('negative: a denial alone after an assertion disputes, it does not confirm', async () => {
    await ingestInvented(repo, [asserted!, denied!]);
    expect((await deploymentOf(repo))?.status).toBe('disputed');
  });
});

describe('what a denial disputes, in a real store', () => {
  it('a denial of involvement leaves the attack it does not rebut alone', async () => {
    await ingestInvented(repo, [
      {
        published: '2025-04-23',
        url: 'https://wire.example.net/2025/04/23/market',
        text: 'Gunmen killed 20 people in a market in Riga on Tuesday, Latvia said. Estonia denied any involvement.',
      },
    ]);
    const { items } = await repo.listIncidents({ limit: 50 });
    const attack = items.find((i) => i.type === 'ASSAULT');
    expect(attack?.statements.map((s) => s.stance)).not.toContain('deny');
    expect(attack?.status).not.toBe('denied');
  });

  it('negative: the accused side denying the attack it is accused of disputes it', async () => {
    await ingestInvented(repo, [
      {
        published: '2025-04-23',
        url: 'https://wire.example.net/2025/04/23/border',
        text: 'Latvia said Estonian troops shelled a border post on Tuesday. Estonia denied any involvement.',
      },
    ]);
    const { items } = await repo.listIncidents({ limit: 50 });
    expect(items.find((i) => i.type === 'ASSAULT')?.status).toBe('disputed');
  });
});
