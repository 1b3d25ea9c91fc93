import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { decodeWinkCore, type WinkCoreJson } from './wink-core-file.js';

/**
 * data/wink-core.bin at the package root (from src/ or dist/): the tagger model's core, written
 * at build time (see wink-core-file.ts).
 */
export const WINK_CORE_FILE = fileURLToPath(
  new URL('../../../data/wink-core.bin', import.meta.url),
);

const require = createRequire(import.meta.url);

// The package's parts, past its main module (wink-eng-lite-web-model is pinned to an exact
// version): its main module reads the 3 MB core JSON as soon as it is required.
const PARTS = 'wink-eng-lite-web-model/dist/';

/** The package's core JSON as shipped: for the build, and the test that checks the file. */
export function shippedCoreJson(): WinkCoreJson {
  return require(`${PARTS}languages/cur/models/eng-core-web-model.json`) as WinkCoreJson;
}

/** The core model as the package's own loader builds it (the slow path). */
export function shippedCore(): unknown {
  return (require(`${PARTS}load-core-model.js`) as () => unknown)();
}

/**
 * The tagger's model for wink-nlp: the package's model with its core read from
 * data/wink-core.bin when built, else the package's model as shipped.
 */
export function loadWinkModel(file = WINK_CORE_FILE): Record<string, unknown> {
  if (!existsSync(file)) return require('wink-eng-lite-web-model') as Record<string, unknown>;
  const part = (name: string): unknown => require(`${PARTS}${name}.js`);
  // as the package's dist/model.js puts it together, with `core` read from the file
  const core = (): WinkCoreJson => {
    try {
      return decodeWinkCore(readFileSync(file));
    } catch (err) {
      throw new Error(
        `tagger model ${file} cannot be read (${(err as Error).message}): rebuild it with \`npm run build\``,
      );
    }
  };
  // The tagger reads the core and the POS part; the other parts (sentence bounds, entities,
  // negation, sentiment: 0.6 MB of JSON the package parses when a part is required) only wink's
  // own pipeline reads, as the tests' reference does: they are required when first asked for.
  return {
    core,
    pos: part('load-pos-model'),
    get sbd() {
      return part('load-sbd-model');
    },
    get ner() {
      return part('load-ner-model');
    },
    get negation() {
      return part('load-negation-model');
    },
    get sa() {
      return part('load-sa-model');
    },
    get metaCER() {
      return part('load-cer-meta-model');
    },
    featureFn: part('feature'),
    addons: {
      stem: part('porter-stemmer'),
      lemmatize: part('lemmatize'),
      readabilityStats: part('readability-stats'),
      wordVectors: undefined,
    },
  };
}
