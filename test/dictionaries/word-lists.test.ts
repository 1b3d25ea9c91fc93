import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DICTIONARY_ROOT } from '../../src/dictionaries/load-dictionary.js';
import { taggedWords, WORD_LISTS } from '../../src/dictionaries/word-lists.js';

// A copy of the shipped manifest and word lists, so a test can add rows without touching them.
function copyOfWordLists(): string {
  const root = mkdtempSync(join(tmpdir(), 'sitrep-words-'));
  cpSync(join(DICTIONARY_ROOT, 'manifest.json'), join(root, 'manifest.json'));
  cpSync(join(DICTIONARY_ROOT, 'words'), join(root, 'words'), { recursive: true });
  return root;
}

function addRow(root: string, file: string, row: unknown): void {
  const path = join(root, 'words', file);
  const json = JSON.parse(readFileSync(path, 'utf8')) as { entries: unknown[] };
  json.entries.push(row);
  writeFileSync(path, JSON.stringify(json));
}

describe('word lists', () => {
  it('a row added to a list is read with its tags, and only under them', () => {
    const root = copyOfWordLists();
    addRow(root, 'force-nouns.json', { word: 'conscripts', tags: ['unnamed-force'] });
    expect(taggedWords('unnamed-force', root).has('conscripts')).toBe(true);
    expect(taggedWords('subject-end', root).has('conscripts')).toBe(false);
    expect(taggedWords('unnamed-force').has('conscripts')).toBe(false);
  });

  it('reads every list: a people noun and a force noun under one tag', () => {
    const heads = taggedWords('reduced-passive-head');
    expect(heads.has('soldiers')).toBe(true);
    expect(heads.has('fishermen')).toBe(true);
    expect(heads.has('military')).toBe(false);
    expect(WORD_LISTS).toEqual([
      'force-nouns',
      'people-nouns',
      'act-verbs',
      'hedge-verbs',
      'meeting-nouns',
      'ground-nouns',
      'claim-nouns',
      'treaty-step-words',
      'aim-words',
      'site-words',
      'judgment-words',
      'weapon-nouns',
      'page-labels',
      'resolve-verbs',
      'abstract-nouns',
      'count-nouns',
      'used-weapons',
      'restraint-aims',
      'appeal-addressees',
      'craft-nouns',
      'conflict-nouns',
      'voice-nouns',
    ]);
  });

  it('refuses an unknown tag and a word written twice, naming the file', () => {
    const badTag = copyOfWordLists();
    addRow(badTag, 'people-nouns.json', { word: 'pilgrims', tags: ['travellers'] });
    expect(() => taggedWords('subject-end', badTag)).toThrow(/people-nouns\.json: entry \d+/);
    const twice = copyOfWordLists();
    addRow(twice, 'force-nouns.json', { word: 'troops', tags: ['subject-end'] });
    expect(() => taggedWords('subject-end', twice)).toThrow(/"troops" repeats/);
  });
});
