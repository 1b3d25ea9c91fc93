import type { GazetteerColumns } from './compile-gazetteer.js';

/**
 * The gazetteer's file: a 4-byte length, a JSON head (header, row count, longest key, where
 * each column lies), then the columns as raw bytes, each starting on a multiple of 4. Loading
 * reads the strings with one UTF-8 decode each and views the numbers in place: no JSON parse of
 * 6 MB, no base64.
 */
interface Head {
  header: string;
  rows: number;
  maxTokens: number;
  columns: Record<Column, [offset: number, length: number]>;
}

const TEXT_COLUMNS = ['names', 'keys', 'precision', 'country', 'flags'] as const;
const NUMBER_COLUMNS = ['lat', 'lon', 'population'] as const;
type Column = (typeof TEXT_COLUMNS)[number] | (typeof NUMBER_COLUMNS)[number];

const padded = (n: number): number => Math.ceil(n / 4) * 4;

/** The columns as the file's bytes. */
export function encodeGazetteer(c: GazetteerColumns): Buffer {
  const parts: [Column, Buffer][] = [
    ...TEXT_COLUMNS.map((k): [Column, Buffer] => [k, Buffer.from(c[k], 'utf8')]),
    ...NUMBER_COLUMNS.map((k): [Column, Buffer] => [
      k,
      Buffer.from(c[k].buffer, c[k].byteOffset, c[k].byteLength),
    ]),
  ];
  const columns = {} as Head['columns'];
  let offset = 0;
  for (const [k, bytes] of parts) {
    columns[k] = [offset, bytes.byteLength];
    offset = padded(offset + bytes.byteLength);
  }
  const head: Head = { header: c.header, rows: c.rows, maxTokens: c.maxTokens, columns };
  const headBytes = Buffer.from(JSON.stringify(head), 'utf8');
  const start = padded(4 + headBytes.byteLength);
  const out = Buffer.alloc(start + offset);
  out.writeUInt32LE(headBytes.byteLength, 0);
  headBytes.copy(out, 4);
  for (const [k, bytes] of parts) bytes.copy(out, start + columns[k][0]);
  return out;
}

/** Reads the file's bytes back into columns; throws when they are not a gazetteer file. */
export function decodeGazetteer(bytes: Buffer): GazetteerColumns {
  if (bytes.byteLength < 4) throw new Error('the file is too short');
  const headLength = bytes.readUInt32LE(0);
  if (4 + headLength > bytes.byteLength) throw new Error('its head runs past the end');
  const head = JSON.parse(bytes.toString('utf8', 4, 4 + headLength)) as Head;
  const start = padded(4 + headLength);
  const section = (k: Column): Buffer => {
    const [offset, length] = head.columns?.[k] ?? [];
    if (offset === undefined || length === undefined || start + offset + length > bytes.byteLength)
      throw new Error(`column "${k}" is missing or runs past the end`);
    return bytes.subarray(start + offset, start + offset + length);
  };
  // copied out (0.6 MB each): a typed array over the file's buffer would need aligned offsets
  const aligned = (k: Column): ArrayBuffer => new Uint8Array(section(k)).buffer;
  const text = (k: Column): string => section(k).toString('utf8');
  return {
    header: head.header,
    rows: head.rows,
    maxTokens: head.maxTokens,
    names: text('names'),
    keys: text('keys'),
    precision: text('precision'),
    country: text('country'),
    flags: text('flags'),
    lat: new Float32Array(aligned('lat')),
    lon: new Float32Array(aligned('lon')),
    population: new Uint32Array(aligned('population')),
  };
}
