import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Incident } from '../../src/model/index.js';
import type { RunningServer } from '../../src/serve/server.js';
import { startServer } from '../../src/serve/server.js';
import type { Repository } from '../../src/store/repository.js';
import { openSqliteRepository } from '../../src/store/sqlite-repository.js';
import { analysisOf } from '../serve/analyses.js';
import { borderStory, hostileStory } from '../serve/story.js';
import { browserTestsSkipped, launchChromium } from './chromium.js';
import { ingestExamples } from '../../src/cli/commands/demo.js';
import { readInputs } from '../../src/ingest/read-inputs.js';
import { analyze } from '../../src/pipeline.js';
import { CLI } from '../support/run-cli.js';

const root = resolve(import.meta.dirname, '../..');

const seed = resolve(root, '../shared/corpus/seed.txt');
const artifacts = join(root, 'test-artifacts');

let dir: string;
let db: string;
let repo: Repository;
let server: RunningServer;
let browser: BrowserContext;
let page: Page;
const dialogs: string[] = [];
const pageErrors: string[] = [];

function sitrep(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`sitrep ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

/** Runs a command in another process and resolves when it exits, with the time it exited. */
function runElsewhere(args: string[]): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.once('exit', (code) =>
      code === 0 ? done(Date.now()) : fail(new Error(`exit ${code}: ${err}`)),
    );
  });
}

async function api<T>(path: string): Promise<T> {
  const res = await fetch(`${server.url}${path}`);
  return (await res.json()) as T;
}

async function shot(name: string) {
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
}

// Without Chromium outside CI these tests are skipped; test/support/browser-check.ts says so once.
const skipped = browserTestsSkipped() !== null;

beforeAll(async () => {
  if (skipped) return;
  mkdirSync(artifacts, { recursive: true });
  // In CI, fails with install instructions when Chromium is missing.
  browser = await launchChromium();
  dir = mkdtempSync(join(tmpdir(), 'sitrep-browser-'));
  db = join(dir, 'store.db');
  repo = await openSqliteRepository(db);
  // The sample crisis and the seed go through the real pipeline: read, analyze, store.
  await ingestExamples(repo);
  if (existsSync(seed))
    for await (const r of readInputs([seed], { published: '2024-11-06' }))
      if ('raw' in r) {
        try {
          await repo.ingest(analyze(r.raw));
        } catch (err) {
          process.stderr.write(`seed analysis failed: ${String(err)}\n`);
        }
      }
  for (const analysis of [...borderStory(), hostileStory(), longWordStory()])
    await repo.ingest(analysis);
  server = await startServer({ repository: repo, port: 0 });
  page = await browser.newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await repo?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// An invented story whose title, text, summary and place hold one 160-letter word.
const LONG_WORD = 'Freedonia'.repeat(18);
function longWordStory() {
  const sentence = `Sylvania shelled ${LONG_WORD} harbour on Sunday, Freedonia said.`;
  return analysisOf(
    {
      title: `Harbour ${LONG_WORD}`,
      published: '2025-04-02',
      url: 'https://news.example.net/harbour',
      paragraphs: [sentence],
    },
    [
      {
        sentence,
        trigger: 'shelled',
        type: 'ASSAULT',
        actors: [['SYL', 'Sylvania']],
        recipients: [['FRE', 'Freedonia']],
        summary: `Sylvania shelled ${LONG_WORD}`,
        place: { name: LONG_WORD, country: 'FRE', lat: 1, lon: 1 },
        attributions: [{ source: ['FRE', 'Freedonia'], stance: 'assert', cue: 'said' }],
      },
    ],
  );
}

describe.skipIf(skipped)('the live situation page in Chromium', () => {
  it('shows the index and a crisis timeline, on a desktop and on a phone', async () => {
    await page.goto(`${server.url}/`);
    expect(await page.locator('#timeline li.incident').count()).toBeGreaterThan(0);
    await shot('index-desktop');
    const crises = (await api<{ items: { id: string; incidentIds: string[] }[] }>('/api/crises'))
      .items;
    const crisis = [...crises].sort((a, b) => b.incidentIds.length - a.incidentIds.length)[0];
    expect(crisis, 'the store has a crisis').toBeDefined();
    await page.goto(`${server.url}/crisis/${crisis?.id}`);
    expect(await page.locator('nav[aria-label="Breadcrumb"]').innerText()).toMatch(
      /Home.*World.*Live/s,
    );
    expect(await page.locator('#timeline li.incident').count()).toBeGreaterThan(0);
    expect(await page.locator('main h1').count()).toBe(1);
    await shot('crisis-desktop');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await shot('crisis-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('wraps a long unbreakable word on every page at phone width', async () => {
    const [incident] = (
      await api<{ items: Incident[] }>('/api/incidents?since=2025-04-02&until=2025-04-02')
    ).items;
    expect(incident).toBeDefined();
    const crisis = (
      await api<{ items: { id: string; incidentIds: string[] }[] }>('/api/crises')
    ).items.find((c) => c.incidentIds.includes(incident?.id ?? ''));
    const paths = ['/', `/incident/${incident?.id}`, `/claim/${incident?.id}`, '/search?q=harbour'];
    if (crisis) paths.push(`/crisis/${crisis.id}`);
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of paths) {
      await page.goto(`${server.url}${path}`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('renders the coded events of the sample crisis', async (ctx) => {
    const articles = await api<{ items: { url: string | null; id: string }[] }>(
      '/api/articles?limit=100',
    );
    const ids = articles.items.filter((a) => a.url?.includes('news.example.org')).map((a) => a.id);
    expect(ids.length).toBe(10);
    const coded = (await api<{ items: Incident[] }>('/api/incidents?limit=500')).items.filter((i) =>
      i.articleIds.some((a) => ids.includes(a)),
    );
    if (coded.length === 0) ctx.skip(true, 'the code stage yields no events for the sample yet');
    const target = coded[0]!;
    await page.goto(`${server.url}/crisis/${target.crisisId}`);
    await expect.poll(() => page.locator(`#incident-${target.id}`).count()).toBe(1);
    await shot('sample-crisis');
  });

  it.skipIf(!existsSync(seed))('renders the seed article’s events', async (ctx) => {
    const prk = (await api<{ items: Incident[]; total: number }>('/api/incidents?actor=PRK')).items;
    if (prk.length === 0) ctx.skip(true, 'the code stage yields no PRK events for the seed yet');
    await page.goto(`${server.url}/?actor=PRK`);
    expect(await page.locator('#timeline li.incident').count()).toBe(Math.min(prk.length, 50));
    await shot('seed-prk');
  });

  it('opens an incident to its evidence, with the mouse and with the keyboard', async () => {
    // Troop movements: the sample's main claim, whichever troops type (AID, MOBILIZE) it codes.
    await page.goto(`${server.url}/?q=troops`);
    const item = page
      .locator(
        '#timeline li.incident[data-type="AID"], #timeline li.incident[data-type="MOBILIZE"]',
      )
      .filter({ has: page.locator('details.evidence') })
      .first();
    const quote = item.locator('details.evidence blockquote').first();
    expect(await quote.isVisible()).toBe(false);
    await item.locator('details.evidence > summary').click();
    await quote.waitFor({ state: 'visible' });
    expect(await item.locator('details.evidence mark').count()).toBeGreaterThan(0);
    expect(await item.locator('details.evidence .cite a').first().getAttribute('href')).toMatch(
      /^https:/,
    );
    await shot('evidence-open');
    await item.locator('details.evidence > summary').click();
    await item.locator('details.evidence > summary').focus();
    await page.keyboard.press('Enter');
    await quote.waitFor({ state: 'visible' });
  });

  it('filters the timeline with the form', async () => {
    await page.goto(`${server.url}/`);
    await page.selectOption('#f-type', 'SANCTION');
    await Promise.all([
      page.waitForURL(/type=SANCTION/),
      page.click('form.filters button[type=submit]'),
    ]);
    const types = await page
      .locator('#timeline li.incident')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-type')));
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['SANCTION']));
    expect(await page.locator('#f-type').inputValue()).toBe('SANCTION');
    await shot('filtered');
  });

  it('shows hostile article text as text: no script runs, no javascript: link', async () => {
    const [hostile] = (
      await api<{ items: Incident[] }>(
        '/api/incidents?type=ASSAULT&since=2025-03-09&until=2025-03-09',
      )
    ).items;
    expect(hostile).toBeDefined();
    for (const path of ['/', `/claim/${hostile?.id}`, `/search?q=shelled`]) {
      await page.goto(`${server.url}${path}`);
      await page
        .locator('details.evidence > summary')
        .first()
        .click({ timeout: 1000 })
        .catch(() => undefined);
      await page.waitForTimeout(200);
      expect(
        await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
      ).toBeUndefined();
      const hrefs = await page
        .locator('a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.filter((h) => /^\s*javascript:/i.test(h))).toEqual([]);
      expect(await page.locator('main script, main img').count()).toBe(0);
    }
    expect(await page.content()).not.toContain('<img src="x"');
    await page.goto(`${server.url}/claim/${hostile?.id}`);
    expect(await page.locator('main h1').innerText()).toContain(
      '<script>window.__pwned=1</script>',
    );
    await shot('hostile-claim');
    expect(dialogs).toEqual([]);
  });

  it('shows an incident ingested by another process within two seconds, marked new', async () => {
    await page.goto(`${server.url}/`);
    await page.waitForSelector('body.live-connected');
    const analysis = analysisOf(
      {
        title: 'Guyana reports a drone over its border post',
        published: '2025-03-16',
        url: 'https://wire.example.net/2025/03/16/drone',
        paragraphs: [
          'Guyana said on Sunday that Venezuela had threatened its border post at Eteringbang.',
        ],
      },
      [
        {
          sentence:
            'Guyana said on Sunday that Venezuela had threatened its border post at Eteringbang.',
          trigger: 'threatened',
          type: 'THREATEN',
          actors: [['VEN', 'Venezuela']],
          recipients: [['GUY', 'Guyana']],
          summary: 'Venezuela threatened a Guyanese border post.',
          attributions: [{ source: ['GUY', 'Guyana'], stance: 'assert', cue: 'said' }],
        },
      ],
    );
    const file = join(dir, 'late.json');
    writeFileSync(file, JSON.stringify(analysis));
    const store = pathToFileURL(join(root, 'dist/store/sqlite-repository.js')).href;
    const script = `import { readFileSync } from 'node:fs';
const { openSqliteRepository } = await import(${JSON.stringify(store)});
const repo = await openSqliteRepository(${JSON.stringify(db)});
await repo.ingest(JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8')));
await repo.close();`;
    const ingestedAt = await runElsewhere(['--input-type=module', '-e', script]);
    const marker = page.locator('#timeline li.incident.is-new .new-marker');
    await marker.first().waitFor({ state: 'visible', timeout: 2000 });
    const delay = Date.now() - ingestedAt;
    expect(delay).toBeLessThan(2000);
    // The heading is the plain sentence built from the coded parties.
    expect(await page.locator('#timeline li.is-new h3').first().innerText()).toContain(
      'Venezuela threatened Guyana',
    );
    expect(await page.locator('#live-status').innerText()).toMatch(/new update/);
    await shot('live-new');
  });

  it('shows an article ingested by `sitrep ingest` in another process, live', async (ctx) => {
    const file = join(dir, 'late.jsonl');
    const text =
      "Venezuela's navy seized a Guyanese fishing boat near the mouth of the Essequibo River on Monday, Guyana's coast guard said.";
    writeFileSync(
      file,
      JSON.stringify({
        id: 'late-1',
        url: 'https://wire.example.net/2025/03/17/boat',
        title: 'Boat seized',
        published: '2025-03-17',
        text,
      }) + '\n',
    );
    const help = spawnSync(process.execPath, [CLI, 'ingest', '--help'], { encoding: 'utf8' });
    if (help.status !== 0) ctx.skip(true, 'no `sitrep ingest` command in this build yet');
    const analysed = JSON.parse(sitrep(['analyze', file, '-f', 'json'])) as { events: unknown[] };
    if (analysed.events.length === 0)
      ctx.skip(true, 'the code stage yields no event for this article yet');
    await page.goto(`${server.url}/`);
    await page.waitForSelector('body.live-connected');
    const before = await page.locator('#timeline li.incident.is-new').count();
    const ingestedAt = await runElsewhere([CLI, 'ingest', file, '--db', db]);
    await expect
      .poll(() => page.locator('#timeline li.incident.is-new').count(), {
        timeout: 2000,
        interval: 100,
      })
      .toBeGreaterThan(before);
    expect(Date.now() - ingestedAt).toBeLessThan(2000);
    await shot('live-cli-ingest');
  });

  it('throws no script error on any page', () => {
    expect(pageErrors).toEqual([]);
  });
});
