import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  ANALYSIS_THREAD_YOUNG_GENERATION_MB,
  NODE_FLAGS,
  NO_PRETENURING_FLAG,
  SEMI_SPACE_MB,
  YOUNG_GENERATION_FLAG,
  runsWithSitrepFlags,
} from '../../src/runtime/node-flags.js';
import { VERSION } from '../../src/version.js';
import { CLI } from '../support/run-cli.js';

const root = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

describe("Sitrep's V8 flags (src/runtime/node-flags.ts)", () => {
  const shebang = readFileSync(resolve(root, 'src/cli/main.ts'), 'utf8').split('\n')[0] ?? '';
  const flags = NODE_FLAGS.join(' ');

  it('are the young generation and no pretenuring', () => {
    expect(NODE_FLAGS).toEqual([YOUNG_GENERATION_FLAG, NO_PRETENURING_FLAG]);
  });

  it('are set by the sitrep launcher, npm start and npm run bench', () => {
    expect(shebang).toBe(`#!/usr/bin/env -S node ${flags}`);
    const scripts = (
      JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    expect(scripts.start).toContain(`node ${flags} dist/bundle/sitrep.js`);
    expect(scripts.bench).toContain(flags);
  });

  it('run the built CLI through its shebang line, which node accepts with the flags', async () => {
    // the bundle package.json's `bin` names keeps the launcher's shebang
    expect(readFileSync(CLI, 'utf8').split('\n')[0]).toBe(shebang);
    // what the shell does with the shebang of the installed `sitrep` (npm links it executable)
    const [env, ...args] = shebang.slice(2).split(' ');
    const { stdout, stderr } = await run(env ?? '', [...args, CLI, '--version']);
    expect(stdout.trim()).toBe(VERSION);
    // V8 warns on stderr, and goes on, for a flag it does not know
    expect(stderr).toBe('');
  });

  it('give an analysis thread two semi-spaces and a large-object space of that size', () => {
    expect(ANALYSIS_THREAD_YOUNG_GENERATION_MB).toBe(3 * SEMI_SPACE_MB);
  });

  it('are told apart from a process run with some or none of them', () => {
    expect(runsWithSitrepFlags(['--expose-gc', ...NODE_FLAGS])).toBe(true);
    expect(runsWithSitrepFlags(['--expose-gc', YOUNG_GENERATION_FLAG])).toBe(false);
    expect(runsWithSitrepFlags(['--expose-gc'])).toBe(false);
  });
});
