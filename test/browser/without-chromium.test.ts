import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const vitest = join(root, 'node_modules/vitest/vitest.mjs');

// Runs the browser test file in a vitest of its own, with Chromium hidden by CHROMIUM_PATH.
function runBrowserTests(ci: string | undefined) {
  const env: NodeJS.ProcessEnv = { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' };
  delete env.CI;
  if (ci !== undefined) env.CI = ci;
  return spawnSync(process.execPath, [vitest, 'run', 'test/browser/live-page.test.ts'], {
    cwd: root,
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
}

describe('the browser tests on a machine without Chromium', () => {
  it(
    'are skipped with one line saying what was not run and how to run it',
    { timeout: 120_000 },
    () => {
      const run = runBrowserTests(undefined);
      expect(run.status, run.stdout + run.stderr).toBe(0);
      const lines = run.stdout.split('\n').filter((l) => l.startsWith('browser tests not run'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        /CHROMIUM_PATH=\/nonexistent\/chromium does not exist.*apt-get install/,
      );
    },
  );

  it('fail in CI instead of skipping', { timeout: 120_000 }, () => {
    const run = runBrowserTests('true');
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toMatch(/The browser tests need Chromium/);
  });
});
