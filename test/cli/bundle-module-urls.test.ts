import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleModules } from '../../src/cli/bundle/build-cli-bundle.js';
import { urlFrom } from '../../src/cli/bundle/module-urls.js';

describe('urlFrom (a module URL relative to the bundle folder)', () => {
  it.each([
    ['/p/dist/bundle', '/p/dist/annotate/syntax/wink-model.js', '../annotate/syntax/wink-model.js'],
    ['/p/dist/bundle', '/p/node_modules/eld/index.js', '../../node_modules/eld/index.js'],
    ['/p/out', '/p/out/same.js', './same.js'],
    ['/p/out', '/p/a dir#2/m.js', '../a%20dir%232/m.js'],
  ])('from %s to %s is %s', (outdir, file, url) => {
    expect(urlFrom(outdir, file)).toBe(url);
  });
});

describe('bundleModules keeps each module its own import.meta.url', () => {
  let dir: string;
  const paths = () => ({
    reader: join(dir, 'a dir', 'lib', 'reader.js'),
    plain: join(dir, 'a dir', 'lib', 'plain.js'),
    entry: join(dir, 'bin', 'main.js'),
    out: join(dir, 'dist', 'bundle'),
  });

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-bundle-'));
    const p = paths();
    mkdirSync(join(dir, 'a dir', 'lib'), { recursive: true });
    mkdirSync(join(dir, 'bin'), { recursive: true });
    // a data file read beside the module, as Sitrep's modules read data/ from their own URL
    writeFileSync(join(dir, 'a dir', 'lib', 'freedonia.json'), '{"capital":"Fredonia City"}');
    writeFileSync(
      p.reader,
      [
        "import { createRequire } from 'node:module';",
        "import { readFileSync } from 'node:fs';",
        'const require = createRequire(import.meta.url);',
        'export const here = import.meta.url;',
        "export const said = 'a string that says import.meta.url';",
        "export const data = require('./freedonia.json');",
        "export const read = JSON.parse(readFileSync(new URL('./freedonia.json', import.meta.url), 'utf8'));",
      ].join('\n'),
    );
    writeFileSync(p.plain, "export const plain = 'Sylvania';\n");
    writeFileSync(
      p.entry,
      [
        '#!/usr/bin/env node',
        "import { pathToFileURL } from 'node:url';",
        "import { here, said, data, read } from '../a dir/lib/reader.js';",
        "import { plain } from '../a dir/lib/plain.js';",
        "const late = await import('../a dir/lib/reader.js');",
        'const main = import.meta.url === pathToFileURL(process.argv[1]).href;',
        'console.log(JSON.stringify({ here, said, data, read, plain, late: late.here, entry: import.meta.url, main }));',
      ].join('\n'),
    );
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('as the unbundled modules see it, with strings and the hashbang left as written', async () => {
    const p = paths();
    const { modules } = await bundleModules({ entries: { app: p.entry }, outdir: p.out });
    expect(modules).toBe(3);
    const built = join(p.out, 'app.js');
    expect(readFileSync(built, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
    const out = JSON.parse(execFileSync(process.execPath, [built], { encoding: 'utf8' })) as Record<
      string,
      unknown
    >;
    expect(out).toEqual({
      here: pathToFileURL(p.reader).href,
      said: 'a string that says import.meta.url',
      data: { capital: 'Fredonia City' },
      read: { capital: 'Fredonia City' },
      plain: 'Sylvania',
      late: pathToFileURL(p.reader).href,
      entry: pathToFileURL(p.entry).href,
      // a module's run-as-main check sees its own file, not the bundle's
      main: false,
    });
    // the unbundled entry says the same, and is its own main
    const direct = JSON.parse(
      execFileSync(process.execPath, [p.entry], { encoding: 'utf8' }),
    ) as Record<string, unknown>;
    expect(direct).toEqual({ ...out, main: true });
  });

  it('after the bundle and its modules move together', async () => {
    const p = paths();
    const moved = `${dir}-moved`;
    await bundleModules({ entries: { app: p.entry }, outdir: p.out });
    execFileSync('cp', ['-r', dir, moved]);
    try {
      const out = JSON.parse(
        execFileSync(process.execPath, [join(moved, 'dist', 'bundle', 'app.js')], {
          encoding: 'utf8',
        }),
      ) as { here: string; data: unknown };
      expect(out.here).toBe(pathToFileURL(join(moved, 'a dir', 'lib', 'reader.js')).href);
      expect(out.data).toEqual({ capital: 'Fredonia City' });
    } finally {
      rmSync(moved, { recursive: true, force: true });
    }
  });
});
