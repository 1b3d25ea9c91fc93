import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

describe('the sitrep package', () => {
  it('ships every file it reads at run time', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: root,
      encoding: 'utf8',
    });
    const [pack] = JSON.parse(out) as { files: { path: string }[] }[];
    const files = new Set(pack?.files.map((f) => f.path));
    for (const needed of [
      'dist/index.js',
      'dist/index.d.ts',
      'dist/cli/main.js',
      'dist/bundle/sitrep.js',
      'data/gazetteer.bin',
      'data/eld-small.bin',
      'data/wink-core.bin',
      'data/vendor-names.bin',
      'data/country-records.json',
      'dictionaries/manifest.json',
      'src/serve/client/live.js',
      'src/serve/client/style.css',
      'examples/README.md',
    ])
      expect(files, needed).toContain(needed);
    expect([...files].some((f) => f.startsWith('test/'))).toBe(false);
  });

  it('is importable by name as an ES module and analyses text', () => {
    const script = [
      "import { analyze } from 'sitrep';",
      "const a = analyze('Chile signed a fishing accord with Peru on Tuesday.', { published: '2021-05-05' });",
      'console.log(JSON.stringify({ published: a.published, types: a.events.map((e) => e.type) }));',
    ].join('\n');
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ published: '2021-05-05', types: ['SUPPORT'] });
  });

  it('gives TypeScript users its types', () => {
    const dir = join(root, 'test-artifacts/consumer');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'consumer.ts'),
      [
        "import { analyze, type Analysis, type Event } from 'sitrep';",
        "const a: Analysis = analyze('Talks resumed.', { published: '2024-03-05' });",
        'const firstType: Event["type"] | undefined = a.events[0]?.type;',
        '// @ts-expect-error: published must be a string',
        'analyze("x", { published: 2024 });',
        'export { firstType };',
      ].join('\n'),
    );
    const r = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules/typescript/bin/tsc'),
        '--noEmit',
        '--strict',
        '--module',
        'nodenext',
        '--moduleResolution',
        'nodenext',
        '--skipLibCheck',
        join(dir, 'consumer.ts'),
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 60_000);
});
