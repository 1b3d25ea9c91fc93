import { readFile } from 'node:fs/promises';
import { posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import { transform, type Plugin } from 'esbuild';

/** The name each rewritten module gives its own URL (esbuild renames it per module). */
const MODULE_URL = '__sitrepModuleUrl';

/**
 * The URL of `file` relative to a module in `outdir`, percent-encoded as `import.meta.url` is
 * (both are file URLs under one root, so their encoded paths share every separator).
 */
export function urlFrom(outdir: string, file: string): string {
  const from = pathToFileURL(posix.join(outdir, 'x.js')).pathname;
  const to = pathToFileURL(file).pathname;
  const rel = posix.relative(posix.dirname(from), to);
  return rel.startsWith('.') ? rel : `./${rel}`;
}

/**
 * An esbuild plugin that keeps each bundled module's own `import.meta.url`. A bundled module
 * otherwise sees the URL of the chunk it landed in, and the paths it builds from it (the data
 * files at `../../../data/`, `createRequire`, a run-as-main check) point elsewhere. Each module
 * that names `import.meta` is parsed by esbuild with `import.meta.url` defined as a local name,
 * which is set from the chunk's URL and the module's path relative to `outdir`: the same URL
 * wherever the package is installed, as the bundle and the modules it was made from move
 * together. Only the syntax is rewritten: a string or comment that spells the words is left.
 */
export function keepModuleUrls(outdir: string): Plugin {
  return {
    name: 'keep-module-urls',
    setup(build) {
      build.onLoad({ filter: /\.m?js$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!source.includes('import.meta')) return undefined;
        const { code } = await transform(source, {
          loader: 'js',
          define: { 'import.meta.url': MODULE_URL },
          sourcefile: args.path,
        });
        const url = JSON.stringify(urlFrom(outdir, args.path));
        // an entry's hashbang must stay the first line
        const hashbang = /^#!.*\n/.exec(code)?.[0] ?? '';
        const body = code.slice(hashbang.length);
        return {
          contents: `${hashbang}const ${MODULE_URL} = new URL(${url}, import.meta.url).href;\n${body}`,
          loader: 'js',
          resolveDir: posix.dirname(args.path),
        };
      });
    },
  };
}
