/**
 * A data file written at build time and read in one go: a 4-byte length, a JSON head, then named
 * sections of raw bytes (UTF-8 text, or the bytes of typed arrays), each starting on a multiple
 * of 4. Loading costs one read, one small JSON parse and a decode or copy per section: no parse
 * of megabytes of JSON, no base64.
 */
interface Head<T> {
  head: T;
  sections: Record<string, [offset: number, length: number]>;
}

const padded = (n: number): number => Math.ceil(n / 4) * 4;

/** A section's content: text (stored as UTF-8) or the bytes of a typed array. */
export type Section = string | ArrayBufferView;

/**
 * The file's bytes for a JSON head and named sections.
 *
 * @example
 * encodeSections({ rows: 2 }, { names: 'a\nb', lat: new Float32Array([1, 2]) });
 */
export function encodeSections(head: unknown, sections: Record<string, Section>): Buffer {
  const parts = Object.entries(sections).map(([name, s]): [string, Buffer] => [
    name,
    typeof s === 'string'
      ? Buffer.from(s, 'utf8')
      : Buffer.from(s.buffer, s.byteOffset, s.byteLength),
  ]);
  const where: Head<unknown>['sections'] = {};
  let offset = 0;
  for (const [name, bytes] of parts) {
    where[name] = [offset, bytes.byteLength];
    offset = padded(offset + bytes.byteLength);
  }
  const headBytes = Buffer.from(JSON.stringify({ head, sections: where }), 'utf8');
  const start = padded(4 + headBytes.byteLength);
  const out = Buffer.alloc(start + offset);
  out.writeUInt32LE(headBytes.byteLength, 0);
  headBytes.copy(out, 4);
  for (const [name, bytes] of parts) bytes.copy(out, start + (where[name]?.[0] ?? 0));
  return out;
}

/** A file read back by {@link decodeSections}: its head, and its sections on demand. */
export interface SectionFile<T> {
  head: T;
  /** A section as text; throws when it is missing or runs past the end. */
  text(name: string): string;
  /** A section's bytes copied into a fresh (aligned) buffer, for a typed array over it. */
  bytes(name: string): ArrayBuffer;
}

/**
 * Reads bytes written by {@link encodeSections}; throws when they are not such a file (the
 * caller says which file and how to rebuild it).
 */
export function decodeSections<T>(bytes: Buffer): SectionFile<T> {
  if (bytes.byteLength < 4) throw new Error('the file is too short');
  const headLength = bytes.readUInt32LE(0);
  if (4 + headLength > bytes.byteLength) throw new Error('its head runs past the end');
  const parsed = JSON.parse(bytes.toString('utf8', 4, 4 + headLength)) as Head<T>;
  const start = padded(4 + headLength);
  const section = (name: string): Buffer => {
    const [offset, length] = parsed.sections?.[name] ?? [];
    if (offset === undefined || length === undefined || start + offset + length > bytes.byteLength)
      throw new Error(`section "${name}" is missing or runs past the end`);
    return bytes.subarray(start + offset, start + offset + length);
  };
  return {
    head: parsed.head,
    text: (name) => section(name).toString('utf8'),
    // copied out: a typed array over the file's own buffer would need an aligned offset
    bytes: (name) => new Uint8Array(section(name)).buffer,
  };
}
