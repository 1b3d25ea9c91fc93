import { rmSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { keepModuleUrls } from './module-urls.js';

/**
 * The `sitrep` command bundled (decision 045): dist/bundle/sitrep.js and the chunks it shares
 * with the commands it loads on demand, built by esbuild from the compiled modules in dist/ and
 * the packages they import. Node then reads a few files instead of some 1,200 modules, and
 * `sitrep analyze` starts about a quarter faster. `npm run build` writes it; package.json's
 * `bin` runs it. The library (`import { analyze } from 'sitrep'`) stays unbundled.
 */
export const CLI_ENTRY = fileURLToPath(new URL('../main.js', import.meta.url));
export const BUNDLE_DIR = fileURLToPath(new URL('../../bundle/', import.meta.url));

/**
 * Packages left to Node's loader: better-sqlite3 finds its compiled addon from the path of the
 * file that requires it (the `bindings` package), which in a bundle is the chunk's.
 */
export const UNBUNDLED_PACKAGES = ['better-sqlite3'];

// ES modules have no `require`; the CommonJS packages bundled in ask for Node's built-ins by it
const REQUIRE_SHIM =
  "import { createRequire as __sitrepCreateRequire } from 'node:module';\n" +
  'const require = __sitrepCreateRequire(import.meta.url);';

export interface BundleOptions {
  /** Entry modules by output name: `{ sitrep: '.../dist/cli/main.js' }` writes `sitrep.js`. */
  entries: Record<string, string>;
  outdir: string;
  external?: string[];
}

/** Bundles `entries` into `outdir` (emptied first); returns the number of modules read. */
export async function bundleModules(options: BundleOptions): Promise<{ modules: number }> {
  rmSync(options.outdir, { recursive: true, force: true });
  const result = await build({
    entryPoints: options.entries,
    outdir: options.outdir,
    bundle: true,
    // commands and stages loaded by `import()` become chunks of their own, read when needed
    splitting: true,
    // every chunk beside the entry: a module's URL is rewritten relative to this one folder
    chunkNames: '[name]-[hash]',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: options.external ?? [],
    banner: { js: REQUIRE_SHIM },
    plugins: [keepModuleUrls(options.outdir)],
    metafile: true,
    logLevel: 'warning',
  });
  return { modules: Object.keys(result.metafile.inputs).length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { modules } = await bundleModules({
    entries: { sitrep: CLI_ENTRY },
    outdir: BUNDLE_DIR,
    external: UNBUNDLED_PACKAGES,
  });
  process.stdout.write(
    `cli bundle: ${modules} modules -> ${relative(process.cwd(), BUNDLE_DIR)}/sitrep.js\n`,
  );
}
