import { hashChars } from './chunk-table.js';

/**
 * wink's lexeme hash (lexeme text -> its index in the model's lexeme list) without building it.
 * The package builds it on every start as an object of 87,000 keys: some 30 ms and 5 MB, a
 * tenth of `sitrep analyze`'s run once the CLI is bundled. Here the build writes an
 * open-addressing table of the list's indices into the model file (`lexemeSlots`), and the hash
 * wink reads is a view of that table and the list.
 *
 * wink reads and writes the hash as an object (`hash[text]`, `hash[text] = index` for a word it
 * takes in), so the view is a `Proxy`: reads probe the table, writes go to a `Map` of the words
 * taken in since. Every other object operation (`in`, `Object.keys`, descriptors) sees the same
 * entries, so the view passes for the object the package builds (a test compares them).
 */

/** The table for `list`: a power of two at least twice its length, slot = index + 1 (0: empty). */
export function lexemeSlots(list: readonly string[]): Int32Array {
  let size = 1024;
  while (size < list.length * 2) size *= 2;
  const slots = new Int32Array(size);
  const mask = size - 1;
  list.forEach((text, index) => {
    let i = hashChars(text, 0, text.length) & mask;
    // a text listed twice keeps its last index, as `hash[list[k]] = k` in list order does
    while (slots[i] !== 0 && list[(slots[i] ?? 0) - 1] !== text) i = (i + 1) & mask;
    slots[i] = index + 1;
  });
  return slots;
}

/**
 * The hash over `list` (which wink may push to) and its {@link lexemeSlots}. The table is read
 * only for the list's first `slots`-indexed entries; what wink adds later is kept apart.
 */
export function lexemeHash(list: string[], slots: Int32Array): Record<string, number> {
  const mask = slots.length - 1;
  const added = new Map<string, number>();
  const find = (text: string): number | undefined => {
    const taken = added.get(text);
    if (taken !== undefined) return taken;
    let i = hashChars(text, 0, text.length) & mask;
    for (let s = slots[i] ?? 0; s !== 0; s = slots[(i = (i + 1) & mask)] ?? 0)
      if (list[s - 1] === text) return s - 1;
    return undefined;
  };
  const keys = (): string[] => {
    const out: string[] = [];
    for (const s of slots)
      if (s !== 0 && !added.has(list[s - 1] ?? '')) out.push(list[s - 1] ?? '');
    return [...out, ...added.keys()];
  };
  return new Proxy(Object.create(null) as Record<string, number>, {
    get: (_target, key) => (typeof key === 'string' ? find(key) : undefined),
    set: (_target, key, value: number) => {
      if (typeof key !== 'string') return false;
      added.set(key, value);
      return true;
    },
    has: (_target, key) => typeof key === 'string' && find(key) !== undefined,
    deleteProperty: () => false,
    ownKeys: () => keys(),
    getOwnPropertyDescriptor: (_target, key) => {
      const value = typeof key === 'string' ? find(key) : undefined;
      return value === undefined
        ? undefined
        : { value, writable: true, enumerable: true, configurable: true };
    },
    defineProperty: () => false,
  });
}
