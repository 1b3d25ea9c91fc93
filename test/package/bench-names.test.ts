import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

describe('npm run bench with a name it does not know', () => {
  it('says which names it knows and exits with an error, running nothing', async () => {
    const failed = await run(process.execPath, [resolve(root, 'dist/bench/main.js'), 'cod']).then(
      () => null,
      (err: { code: number; stdout: string; stderr: string }) => err,
    );
    expect(failed?.code).toBe(2);
    expect(failed?.stderr).toMatch(/no benchmark named cod; name one or more of .*\bcode\b/);
    expect(failed?.stdout).toBe('');
  });
});
