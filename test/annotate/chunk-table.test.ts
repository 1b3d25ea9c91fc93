import { describe, expect, it } from 'vitest';
import { ChunkTable, hashChars } from '../../src/annotate/syntax/chunk-table.js';

// Invented chunks with their own look-alikes: a prefix, a longer word, the same letters in
// another case, punctuation attached, a two-byte character.
const CHUNKS = ['Sylvania', 'Sylvania,', 'sylvania', 'Sylvan', '(Xia)', 'Qorvath’s', '—', '10,000'];

function put(table: ChunkTable<number>, chunk: string, value: number): void {
  table.set(chunk, hashChars(chunk, 0, chunk.length), value);
}

describe('ChunkTable', () => {
  it('finds a chunk by its place in any text, and no look-alike', () => {
    const table = new ChunkTable<number>();
    CHUNKS.forEach((c, i) => put(table, c, i));
    CHUNKS.forEach((c, i) => {
      const text = `Freedonia said ${c} twice`;
      const start = 15;
      const end = start + c.length;
      expect([c, table.get(text, start, end, hashChars(text, start, end))]).toEqual([c, i]);
    });
    // a span one character short or long is another chunk
    const text = 'at Sylvania, said';
    expect(table.get(text, 3, 10, hashChars(text, 3, 10))).toBeUndefined();
    expect(table.get(text, 3, 13, hashChars(text, 3, 13))).toBeUndefined();
    // the right characters under another hash are not looked for where that hash points
    expect(table.get('Sylvania', 0, 8, hashChars('Sylvan', 0, 6))).toBeUndefined();
  });

  it('keeps every value through growth, replaces on a second set, forgets on clear', () => {
    const table = new ChunkTable<number>(16);
    const words = Array.from({ length: 5000 }, (_, i) => `Vrel${i.toString(36)}ost`);
    words.forEach((w, i) => put(table, w, i));
    expect(table.size).toBe(5000);
    words.forEach((w, i) => expect(table.get(w, 0, w.length, hashChars(w, 0, w.length))).toBe(i));
    const seventh = words[7] ?? '';
    put(table, seventh, -1);
    expect(table.size).toBe(5000);
    expect(table.get(seventh, 0, seventh.length, hashChars(seventh, 0, seventh.length))).toBe(-1);
    table.clear();
    expect(table.size).toBe(0);
    expect(table.get(seventh, 0, seventh.length, hashChars(seventh, 0, seventh.length))).toBe(
      undefined,
    );
  });

  it('tells apart chunks filed under one hash, and finds each past the other', () => {
    // the caller gives the hash: two chunks under one value stand for any collision
    const table = new ChunkTable<string>(16);
    const text = 'Xia and Yia';
    table.set('Xia', 42, 'x');
    expect(table.get(text, 8, 11, 42)).toBeUndefined();
    table.set('Yia', 42, 'y');
    // a third in the next slot: the probe runs on past it
    table.set('Zia', 43, 'z');
    expect([table.get(text, 0, 3, 42), table.get(text, 8, 11, 42)]).toEqual(['x', 'y']);
    expect(table.get('Zia', 0, 3, 43)).toBe('z');
    expect(table.size).toBe(3);
  });
});
