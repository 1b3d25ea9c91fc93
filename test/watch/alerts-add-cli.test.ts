import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { receiverProblem } from '../../src/watch/alerts/check-receiver.js';

const sitrep = (args: string[]) => runCli(args, { timeout: 30_000 });

describe('alerts add', () => {
  const db = join(mkdtempSync(join(tmpdir(), 'sitrep-alerts-')), 'store.db');

  it('refuses a loopback receiver without --allow-private, and stores nothing', () => {
    const r = sitrep(['alerts', 'add', 'http://127.0.0.1:9/hook', '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/127\.0\.0\.1, a loopback or private address; pass --allow-private/);
    expect(sitrep(['alerts', 'list', '--db', db, '--json']).stdout.trim()).toBe('');
  });

  it('accepts it with --allow-private, once: the same URL again is refused', () => {
    const add = ['alerts', 'add', 'http://127.0.0.1:9/hook', '--allow-private', '--db', db];
    expect(sitrep(add).code).toBe(0);
    const again = sitrep(add);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already subscribed as alert 1/);
  });
});

describe('receiverProblem', () => {
  const none = { allowPrivate: false, crisisId: null };
  it.each(['http://10.1.2.3/h', 'http://[::1]/h', 'http://192.168.0.9/h', 'http://localhost/h'])(
    'refuses %s',
    async (url) => expect(await receiverProblem(url, none, [])).toMatch(/private address/),
  );
  it('accepts a public address, and the same URL for another crisis', async () => {
    expect(await receiverProblem('http://93.184.216.34/h', none, [])).toBeNull();
    const existing = [
      {
        id: 1,
        url: 'http://93.184.216.34/h',
        crisisId: 'cri-a',
        kinds: [],
        secret: 's',
        allowPrivate: false,
        cursor: 0,
        createdAt: '',
      },
    ];
    expect(
      await receiverProblem(
        'http://93.184.216.34/h',
        { ...none, crisisId: 'cri-b' },
        existing as never,
      ),
    ).toBeNull();
  });
});
