import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/serve/server.js';
import { startServer } from '../../src/serve/server.js';
import type { Repository } from '../../src/store/repository.js';
import { openSqliteRepository } from '../../src/store/sqlite-repository.js';
import { DEPLOYMENT_STORY, deploymentOf, ingestInvented } from '../store/invented-claims.js';
import { browserTestsSkipped, launchChromium } from './chromium.js';

let dir: string;
let repo: Repository;
let server: RunningServer;
let browser: BrowserContext;
let page: Page;

// Without Chromium outside CI these tests are skipped; test/support/browser-check.ts says so once.
const skipped = browserTestsSkipped() !== null;

beforeAll(async () => {
  if (skipped) return;
  // In CI, fails with install instructions when Chromium is missing.
  browser = await launchChromium();
  dir = mkdtempSync(join(tmpdir(), 'sitrep-claim-page-'));
  repo = await openSqliteRepository(join(dir, 'store.db'));
  await ingestInvented(repo, DEPLOYMENT_STORY);
  server = await startServer({ repository: repo, port: 0 });
  page = await browser.newPage();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await repo?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(skipped)('the claim page in Chromium', () => {
  it('tells each status change in words, with its sentence and a link to its article', async () => {
    const incident = await deploymentOf(repo);
    expect(incident, 'the invented deployment is stored').toBeDefined();
    await page.goto(`${server.url}/claim/${incident?.id}`);
    const changes = page.locator('ol.history li');
    await expect.poll(() => changes.count()).toBe(3);
    const confirmed = changes.nth(2);
    const text = await confirmed.innerText();
    // badge, date, words: the date once
    expect(text.replace(/\s+/g, ' ')).toMatch(
      /^Confirmed 12 Mar 2025 Estonia, a party to the event/i,
    );
    expect(text).not.toContain('2025-03-12');
    expect(text).toContain('Estonia confirmed on Wednesday that it had sent 2,000 soldiers');
    expect(await confirmed.locator('a').getAttribute('href')).toBe(DEPLOYMENT_STORY[4]?.url);
    expect((await changes.nth(1).innerText()).replace(/\s+/g, ' ')).toMatch(
      /^Disputed 5 Mar 2025 Estonia denied it/i,
    );
  });
});
