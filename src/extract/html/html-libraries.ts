import { createRequire } from 'node:module';
import type { Readability } from '@mozilla/readability';
import type { parseHTML } from 'linkedom';

/** The HTML parser and readability: what only HTML pages need. */
export interface HtmlLibraries {
  parseHTML: typeof parseHTML;
  Readability: typeof Readability;
}

let loaded: HtmlLibraries | undefined;

/**
 * linkedom and readability, loaded on the first HTML page and once: plain text never needs them
 * (some 200 modules, a sixth of a cold `sitrep analyze`). Loaded by `require` (linkedom's
 * CommonJS build), as the extraction stage is synchronous; every user of linkedom in the product
 * takes it from here, so a process never holds two copies.
 *
 * @example
 * const { document } = htmlLibraries().parseHTML('<p>Freedonia</p>');
 */
export function htmlLibraries(): HtmlLibraries {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    loaded = {
      parseHTML: (require('linkedom') as { parseHTML: typeof parseHTML }).parseHTML,
      Readability: (require('@mozilla/readability') as { Readability: typeof Readability })
        .Readability,
    };
  }
  return loaded;
}
