import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI } from '../support/run-cli.js';

/** Runs `sitrep demo` until it prints its address (or exits); then stops it. */
function demo(
  env: NodeJS.ProcessEnv,
): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, 'demo'], {
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
      if (/serving the live situation page/.test(stdout)) child.kill('SIGINT');
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.once('exit', (code) => done({ stdout, stderr, code }));
  });
}

describe('sitrep demo (npm start)', () => {
  const home = mkdtempSync(join(tmpdir(), 'sitrep-demo-home-'));
  let busy: Server;
  let busyPort = 0;

  beforeAll(async () => {
    busy = createServer();
    await new Promise<void>((ok) => busy.listen(0, '127.0.0.1', ok));
    busyPort = (busy.address() as { port: number }).port;
  });
  afterAll(() => busy.close());

  it('takes its port from PORT, as `PORT=... npm start` gives it', async () => {
    const r = await demo({ PORT: '0', XDG_DATA_HOME: home, SITREP_DB: '' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/at http:\/\/127\.0\.0\.1:\d+\//);
    expect(r.stdout).not.toMatch(/:3000\//);
  }, 60_000);

  it('on a port in use, hints at PORT, which npm start passes on', async () => {
    const r = await demo({ PORT: String(busyPort), XDG_DATA_HOME: home, SITREP_DB: '' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`port ${busyPort} .* is in use.*PORT=\\d+ npm start`));
  }, 60_000);

  it('leaves the demo.db of another demo alone', async () => {
    const other = join(home, 'sitrep', 'demo.db');
    mkdirSync(join(home, 'sitrep'), { recursive: true });
    writeFileSync(other, 'in use by another demo');
    const r = await demo({ PORT: '0', XDG_DATA_HOME: home, SITREP_DB: '' });
    expect(r.stdout).toMatch(/Demo database .*sitrep-demo-.*demo\.db/);
    expect(readFileSync(other, 'utf8')).toBe('in use by another demo');
  }, 60_000);
});
