/**
 * Values kept per chunk of text, looked up by the chunk's place in a text (`text`, `start`,
 * `end`) and a hash the caller computed while it scanned those characters: a chunk that is
 * found is never sliced out of its text, and its characters are compared once, not hashed again
 * by a `Map`. Open addressing with linear probing; the table doubles at half full.
 *
 * @example
 * const table = new ChunkTable<number>();
 * table.set('troops', hashChars('troops', 0, 6), 1);
 * table.get('sent troops', 5, 11, hashChars('sent troops', 5, 11)); // 1
 */
export class ChunkTable<T> {
  private keys: (string | undefined)[];
  private values: (T | undefined)[];
  private hashes: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1024) {
    const n = 2 ** Math.ceil(Math.log2(Math.max(16, capacity)));
    this.keys = new Array<string | undefined>(n).fill(undefined);
    this.values = new Array<T | undefined>(n).fill(undefined);
    this.hashes = new Int32Array(n);
    this.mask = n - 1;
  }

  /** The value kept for `text.slice(start, end)`, whose {@link hashChars} is `hash`. */
  get(text: string, start: number, end: number, hash: number): T | undefined {
    const keys = this.keys;
    for (let at = hash & this.mask; ; at = (at + 1) & this.mask) {
      const key = keys[at];
      if (key === undefined) return undefined;
      if (this.hashes[at] === hash && sameChars(key, text, start, end)) return this.values[at];
    }
  }

  /** Keeps `value` for `chunk` (whose {@link hashChars} is `hash`), over any value it had. */
  set(chunk: string, hash: number, value: T): void {
    for (let at = hash & this.mask; ; at = (at + 1) & this.mask) {
      const key = this.keys[at];
      if (key === undefined) {
        this.keys[at] = chunk;
        this.hashes[at] = hash;
        this.values[at] = value;
        if (++this.size * 2 > this.keys.length) this.grow();
        return;
      }
      if (this.hashes[at] === hash && key === chunk) {
        this.values[at] = value;
        return;
      }
    }
  }

  clear(): void {
    this.keys.fill(undefined);
    this.values.fill(undefined);
    this.size = 0;
  }

  private grow(): void {
    const { keys, values, hashes } = this;
    const n = keys.length * 2;
    this.keys = new Array<string | undefined>(n).fill(undefined);
    this.values = new Array<T | undefined>(n).fill(undefined);
    this.hashes = new Int32Array(n);
    this.mask = n - 1;
    this.size = 0;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key !== undefined) this.set(key, hashes[i] ?? 0, values[i] as T);
    }
  }
}

/** The start of {@link hashChars}; fold each character in with {@link hashStep}. */
export const HASH_SEED = 0x811c9dc5 | 0;

/** One character folded into a hash (FNV-1a on UTF-16 code units). */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 16777619);
}

/** The hash {@link ChunkTable} keys a chunk by: `text.slice(start, end)`'s code units folded in. */
export function hashChars(text: string, start: number, end: number): number {
  let h = HASH_SEED;
  for (let i = start; i < end; i++) h = hashStep(h, text.charCodeAt(i));
  return h;
}

function sameChars(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let i = 0; i < key.length; i++)
    if (key.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
