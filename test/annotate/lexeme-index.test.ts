import { describe, expect, it } from 'vitest';
import { lexemeHash, lexemeSlots } from '../../src/annotate/syntax/lexeme-index.js';

// What the package builds: `hash[list[k]] = k` over the list in order.
function packageHash(list: readonly string[]): Record<string, number> {
  const hash = Object.create(null) as Record<string, number>;
  list.forEach((text, k) => (hash[text] = k));
  return hash;
}

// Invented words: enough that the table's probes run into one another.
const WORDS = Array.from({ length: 3000 }, (_, k) => `sylvan${k.toString(36)}`);

describe('the lexeme hash as a view of a slot table', () => {
  it('finds every listed word at its index and nothing else', () => {
    const list = ['Freedonia', 'freedonia', 'troops', '.', "'s", '2024', ...WORDS];
    const hash = lexemeHash(list, lexemeSlots(list));
    list.forEach((text, k) => expect(hash[text]).toBe(k));
    for (const absent of ['Sylvania', 'troop', '', 'sylvan', 'FREEDONIA', 'constructor'])
      expect(hash[absent]).toBeUndefined();
  });

  it('keeps the last index of a word listed twice, as the package does', () => {
    const list = ['march', 'Osterlich', 'march', ...WORDS, 'Osterlich'];
    const hash = lexemeHash(list, lexemeSlots(list));
    expect(hash.march).toBe(2);
    expect(hash.Osterlich).toBe(list.length - 1);
    expect(hash).toStrictEqual(packageHash(list));
  });

  it('takes in words as wink adds them (push to the list, then set)', () => {
    const list = [...WORDS];
    const hash = lexemeHash(list, lexemeSlots(list));
    const reference = packageHash(list);
    for (const word of ['Freedonian', 'shelled', 'sylvan0']) {
      for (const h of [hash, reference]) if (h[word] === undefined) h[word] = list.length;
      if (!WORDS.includes(word)) list.push(word);
    }
    expect(hash.Freedonian).toBe(3000);
    expect(hash.shelled).toBe(3001);
    expect(hash.sylvan0).toBe(0);
    expect(hash).toStrictEqual(reference);
  });

  it('answers in, keys and descriptors as an object holding the same entries', () => {
    const list = ['ceasefire', 'talks'];
    const hash = lexemeHash(list, lexemeSlots(list));
    hash.truce = 2;
    expect('talks' in hash).toBe(true);
    expect('treaty' in hash).toBe(false);
    expect(Object.keys(hash).sort()).toEqual(['ceasefire', 'talks', 'truce']);
    expect(Object.getOwnPropertyDescriptor(hash, 'talks')?.value).toBe(1);
    expect(Object.getOwnPropertyDescriptor(hash, 'treaty')).toBeUndefined();
    expect(hash[Symbol.iterator as unknown as string]).toBeUndefined();
    expect(Reflect.deleteProperty(hash, 'talks')).toBe(false);
    expect(hash.talks).toBe(1);
  });

  it('sizes the table to a power of two at least twice the list', () => {
    expect(lexemeSlots(WORDS).length).toBe(8192);
    expect(lexemeSlots(['a']).length).toBe(1024);
  });
});
