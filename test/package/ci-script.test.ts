import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const script = readFileSync(resolve(import.meta.dirname, '../../.ci/run'), 'utf8');
// The script's commands, without comments and line continuations.
const commands = script
  .replace(/\\\n\s*/g, ' ')
  .split('\n')
  .filter((l) => !l.trim().startsWith('#'));

describe('.ci/run', () => {
  it('installs Chromium and its fonts on every run, not only when Chromium is missing', () => {
    const install = commands.find((l) => /apt-get install/.test(l));
    expect(install).toMatch(/\bchromium\b/);
    expect(install).toMatch(/\bfonts-dejavu-core\b/);
    // Top level: not inside an `if` that skips it when a browser is already there.
    expect(install?.startsWith('apt-get')).toBe(true);
    expect(commands.some((l) => /^\s*if .*command -v chromium/.test(l))).toBe(false);
  });

  it('requires the browser tests (CI=true) before running them', () => {
    const ci = commands.findIndex((l) => /^export CI=true$/.test(l.trim()));
    const test = commands.findIndex((l) => l.trim() === 'npm test');
    expect(ci).toBeGreaterThanOrEqual(0);
    expect(ci).toBeLessThan(test);
  });
});
