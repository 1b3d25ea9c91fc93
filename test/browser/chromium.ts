import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { chromium } from 'playwright-core';

const INSTALL_HINT =
  'install it with `apt-get install -y chromium fonts-dejavu-core` (.ci/run does) or set CHROMIUM_PATH';

/** Where Chromium is, or why it cannot be used: CHROMIUM_PATH when set, else the PATH, else /usr/bin. */
export function locateChromium(): { path: string } | { missing: string } {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    return existsSync(fromEnv)
      ? { path: fromEnv }
      : { missing: `CHROMIUM_PATH=${fromEnv} does not exist; ${INSTALL_HINT}` };
  }
  try {
    const found = execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], {
      encoding: 'utf8',
    }).trim();
    if (found) return { path: found };
  } catch {
    // not on PATH: try the usual place below
  }
  if (existsSync('/usr/bin/chromium')) return { path: '/usr/bin/chromium' };
  return { missing: `Chromium is not installed; ${INSTALL_HINT}` };
}

/** True where CI runs the tests (CI set, and not to false or 0): there, browser tests are required. */
export function inCi(): boolean {
  const ci = process.env.CI?.trim().toLowerCase();
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}

/**
 * Why the browser tests are skipped on this machine (no Chromium, outside CI), or null when they
 * run. In CI they always run, and fail if Chromium is missing.
 */
export function browserTestsSkipped(): string | null {
  if (inCi()) return null;
  const found = locateChromium();
  return 'missing' in found ? found.missing : null;
}

/** Debian's Chromium, or a clear error saying how to install it. */
export function findChromium(): string {
  const found = locateChromium();
  if ('missing' in found) throw new Error(`The browser tests need Chromium: ${found.missing}.`);
  return found.path;
}

/** A headless Chromium with a fresh profile in a temp dir, offline-friendly flags. */
export async function launchChromium(): Promise<BrowserContext> {
  const executablePath = findChromium();
  // playwright refuses --user-data-dir in args; a persistent context takes the directory instead.
  const profile = mkdtempSync(join(tmpdir(), 'sitrep-chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
    viewport: { width: 1280, height: 900 },
  });
}
