import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { chromium } from 'playwright-core';

/** Debian's Chromium, or a clear error saying how to install it: browser tests never silently pass. */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  try {
    const found = execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], {
      encoding: 'utf8',
    }).trim();
    if (found) return found;
  } catch {
    // not on PATH: try the usual place below
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  throw new Error(
    'Chromium is not installed: the browser tests need it. Install it with `apt-get install -y chromium` (CI installs it) or set CHROMIUM_PATH.',
  );
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
