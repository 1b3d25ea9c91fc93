import { describe, expect, it } from 'vitest';
import { clauseSubjectAt } from '../../src/code/roles/clause-roles.js';
import { namesParty, viewSentences } from '../../src/code/sentence-view.js';
import { buildAnnotated } from './support/build-annotated.js';

// Invented sentences. The role readers find parties only among a sentence's actor mentions: a
// sentence without one answers "no party" before the tagger reads it (most of the time a
// sentence costs is its tagging).
const viewOf = (text: string) => {
  const view = viewSentences(buildAnnotated(text, '2024-11-06'))[0];
  if (!view) throw new Error('no sentence');
  return view;
};

describe('a sentence that names no party is not tagged to look for one', () => {
  it('reads the subject of a sentence that names a party, tagging it', () => {
    const text = 'Freedonia sent troops to the border on Monday.';
    const view = viewOf(text);
    expect(namesParty(view)).toBe(true);
    expect(clauseSubjectAt(view, text.indexOf('sent')).map((f) => f.ref.code)).toEqual(['FRD']);
    expect(view.memo.syntax).toBeDefined();
  });
  it('negative: no actor mention, no subject party, and no tagging', () => {
    const text = 'The villagers sent letters to the border on Monday.';
    const view = viewOf(text);
    expect(namesParty(view)).toBe(false);
    expect(clauseSubjectAt(view, text.indexOf('sent'))).toEqual([]);
    expect(view.memo.syntax).toBeUndefined();
  });
  it('negative: a place or a date is no party', () => {
    const view = viewOf('Shelling went on near the North Ridge region on Monday.');
    expect(view.mentions.length).toBeGreaterThan(0);
    expect(namesParty(view)).toBe(false);
  });
});
