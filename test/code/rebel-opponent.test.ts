import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import { compactEvent } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';
import { annotateWithBackers } from './support/with-backers.js';

const dicts = testDictionaries();
const code = (text: string): string[] =>
  explainEvents(annotateWithBackers(text), dicts).events.map((e) => compactEvent(e));
const capture = (text: string): string | undefined =>
  code(text).find((e) => e.startsWith('ASSAULT SYL>') || e.startsWith('ASSAULT SYL '));

// Invented sentences; published Wednesday 2024-11-06. The SLF is an armed group of Sylvania.
describe('rebels whose act names no target fight their own state', () => {
  it.each([
    [
      'the state is named as a party elsewhere',
      'The SLF captured the river town on Monday. Sylvanian troops shelled the hills on Sunday.',
      'ASSAULT SYL>SYL @2024-11-04',
    ],
    [
      'a backer is never the rebels’ opponent',
      'The Freedonia-backed SLF captured the river town on Monday. Sylvanian troops shelled the hills on Sunday. Freedonian troops shelled the valley on Sunday.',
      'ASSAULT SYL>SYL @2024-11-04',
    ],
  ])('%s', (_name, text, want) => {
    expect(capture(text)).toBe(want);
  });
  it.each([
    [
      'negative: a foreign party that fights the rebels stays their opponent',
      'The SLF captured the river town on Monday. Freedonian troops shelled the SLF on Sunday. Sylvania said nothing.',
      'ASSAULT SYL>FRD @2024-11-04',
    ],
    [
      'negative: a state named only through its rebels gives no target',
      'The SLF captured the river town on Monday.',
      'ASSAULT SYL> @2024-11-04',
    ],
  ])('%s', (_name, text, want) => {
    expect(capture(text)).toBe(want);
  });
});
