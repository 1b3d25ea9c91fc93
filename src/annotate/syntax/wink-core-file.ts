import { decodeSections, encodeSections } from '../../section-file.js';
import { lexemeHash, lexemeSlots } from './lexeme-index.js';

/**
 * The core of wink-eng-lite-web-model (its lexicon and feature lists) as a section file (see
 * section-file.ts), written at build time from the model's own JSON. The package ships the core
 * as 3 MB of JSON with base64 inside, which it parses, deep-copies and decodes on every start
 * (some 0.15 s and 60 MB); from this file the same model costs one read, a 90 KB head and the
 * lexemes' JSON; the lexeme hash is a view of a table the file holds (lexeme-index.ts).
 */

/** Feature lists by name; the loaded model adds a hash (entry -> index) to some of them. */
interface Feature {
  list: unknown[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}

/** The core model as the package's JSON holds it (lexicon and expansions in base64). */
export interface WinkCoreJson {
  packing: { layout: Record<string, number[]>; efList?: string[] } & Record<string, unknown>;
  features: Record<string, Feature> & { lexeme: Feature; posClusters: Feature };
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
  [key: string]: unknown;
}

/** The file's bytes for the package's core JSON. */
export function encodeWinkCore(json: WinkCoreJson): Buffer {
  if (typeof json.lexicon !== 'string' || typeof json.xpansions !== 'string')
    throw new Error('wink core: expected the JSON as shipped (base64 lexicon and expansions)');
  const lexemes = json.features.lexeme.list as string[];
  const head = {
    ...json,
    lexicon: null,
    xpansions: null,
    features: { ...json.features, lexeme: { ...json.features.lexeme, list: [] } },
  };
  return encodeSections(head, {
    lexicon: Buffer.from(json.lexicon, 'base64'),
    xpansions: Buffer.from(json.xpansions, 'base64'),
    // as JSON, chosen when wink built an 87,000-key object from the list (V8's JSON parser
    // interns short strings, which the object then took as keys). The hash is now the table
    // below; whether another layout of the list now reads faster was not measured.
    lexemes: JSON.stringify(lexemes),
    // the lexeme hash as a table, read in place (lexeme-index.ts)
    lexemeSlots: lexemeSlots(lexemes),
  });
}

function indexOf(list: unknown[]): Record<string, number> {
  const hash = Object.create(null) as Record<string, number>;
  for (let k = 0; k < list.length; k += 1) hash[list[k] as string] = k;
  return hash;
}

/**
 * Reads the file back into the model the package's `load-core-model.js` returns: the same
 * fields, hashes and sets (a test checks they are equal).
 */
export function decodeWinkCore(bytes: Buffer): WinkCoreJson {
  const file = decodeSections<WinkCoreJson>(bytes);
  const model = file.head;
  const { features, packing } = model;
  model.lexicon = new Uint32Array(file.bytes('lexicon'));
  model.xpansions = new Uint32Array(file.bytes('xpansions'));
  features.lexeme.list = JSON.parse(file.text('lexemes')) as string[];
  // what the package's read-core-model.js and load-core-model.js do after parsing
  packing.efList = [];
  for (const [name, layout] of Object.entries(packing.layout)) {
    const feature = features[name];
    if (layout[3] === 0 && feature) {
      feature.hash = indexOf(feature.list);
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = (layout[1] ?? 0) >>> (layout[2] ?? 0);
    }
    if (layout[4] === 1) packing.efList.push(name);
  }
  features.lexeme.hash = lexemeHash(
    features.lexeme.list as string[],
    new Int32Array(file.bytes('lexemeSlots')),
  );
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  features.posClusters.list = features.posClusters.list.map(
    (c) => new Set((c as string).split('_').map((e) => model.pos.hash[e] || 0)),
  );
  return model;
}
