import { decodeSections, encodeSections } from '../../section-file.js';
import type { GazetteerColumns } from './compile-gazetteer.js';

/**
 * The gazetteer's file (a section file, see section-file.ts): a head with the header, the row
 * count and the longest key, then the string columns as raw UTF-8 and the numbers as raw
 * Float32/Uint32 bytes. Loading reads the strings with one UTF-8 decode each: no JSON parse of
 * 6 MB, no base64.
 */
interface Head {
  header: string;
  rows: number;
  maxTokens: number;
}

/** The columns as the file's bytes. */
export function encodeGazetteer(c: GazetteerColumns): Buffer {
  const head: Head = { header: c.header, rows: c.rows, maxTokens: c.maxTokens };
  const { names, keys, precision, country, flags, lat, lon, population } = c;
  return encodeSections(head, { names, keys, precision, country, flags, lat, lon, population });
}

/** Reads the file's bytes back into columns; throws when they are not a gazetteer file. */
export function decodeGazetteer(bytes: Buffer): GazetteerColumns {
  const file = decodeSections<Head>(bytes);
  return {
    header: file.head.header,
    rows: file.head.rows,
    maxTokens: file.head.maxTokens,
    names: file.text('names'),
    keys: file.text('keys'),
    precision: file.text('precision'),
    country: file.text('country'),
    flags: file.text('flags'),
    lat: new Float32Array(file.bytes('lat')),
    lon: new Float32Array(file.bytes('lon')),
    population: new Uint32Array(file.bytes('population')),
  };
}
