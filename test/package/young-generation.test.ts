import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  ANALYSIS_THREAD_YOUNG_GENERATION_MB,
  SEMI_SPACE_MB,
  YOUNG_GENERATION_FLAG,
  runsWithYoungGeneration,
} from '../../src/runtime/young-generation.js';
import { VERSION } from '../../src/version.js';

const root = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

describe("Sitrep's young generation (src/runtime/young-generation.ts)", () => {
  const shebang = readFileSync(resolve(root, 'src/cli/main.ts'), 'utf8').split('\n')[0] ?? '';

  it('is set by the sitrep launcher, npm start and npm run bench', () => {
    expect(shebang).toBe(`#!/usr/bin/env -S node ${YOUNG_GENERATION_FLAG}`);
    const scripts = (
      JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    expect(scripts.start).toContain(`node ${YOUNG_GENERATION_FLAG} dist/cli/main.js`);
    expect(scripts.bench).toContain(YOUNG_GENERATION_FLAG);
  });

  it('runs the built CLI through its shebang line, which node accepts with the flag', async () => {
    // what the shell does with the shebang of the installed `sitrep` (npm links it executable)
    const [env, ...args] = shebang.slice(2).split(' ');
    const { stdout } = await run(env ?? '', [
      ...args,
      resolve(root, 'dist/cli/main.js'),
      '--version',
    ]);
    expect(stdout.trim()).toBe(VERSION);
  });

  it('gives an analysis thread two semi-spaces and a large-object space of that size', () => {
    expect(ANALYSIS_THREAD_YOUNG_GENERATION_MB).toBe(3 * SEMI_SPACE_MB);
    expect(runsWithYoungGeneration(['--expose-gc', YOUNG_GENERATION_FLAG])).toBe(true);
    expect(runsWithYoungGeneration(['--expose-gc'])).toBe(false);
  });
});
