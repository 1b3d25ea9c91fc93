import { describe, expect, it } from 'vitest';
import { buildActorIndex } from '../../src/annotate/actors/actor-index.js';
import { findActorMentions } from '../../src/annotate/actors/find-actor-mentions.js';
import { DEFINED_ACRONYM_RULE } from '../../src/annotate/actors/find-defined-acronyms.js';
import { splitSentences } from '../../src/annotate/sentences/split-sentences.js';
import { INVENTED_ACTORS, INVENTED_STATES, inventedArticle } from './support/invented-actors.js';

const index = buildActorIndex(INVENTED_ACTORS, INVENTED_STATES);

function find(text: string): string[] {
  const article = inventedArticle(text, '2024-11-06');
  return findActorMentions(article, splitSentences(article), index)
    .filter((m) => m.ruleId === DEFINED_ACRONYM_RULE)
    .map((m) => `${m.text}|${m.actor.code}`);
}

// [rule, invented input, expected "text|code" of the acronym mentions]
const ROWS: [string, string, string[]][] = [
  [
    'a body named with its state, then by its acronym',
    'The Freedonian Mine Clearance and Victim Relief Authority (FMCA) spoke. FMCA urged calm.',
    ['FMCA|FRD'],
  ],
  [
    'every later use outside brackets',
    'The Freedonian Demining and Relief Office (FDRO) closed a road. The FDRO said so. Later the FDRO reopened it.',
    ['FDRO|FRD', 'FDRO|FRD'],
  ],
  [
    'negative: the name holds no state',
    'The Mine Clearance Authority (MCA) spoke. MCA urged calm.',
    [],
  ],
  [
    'negative: the name holds two states',
    'The Freedonian and Sylvan City Border Commission (FSBC) met. FSBC urged calm.',
    [],
  ],
  [
    'negative: letters that do not start the name',
    'The Freedonian Border Authority (XYZ) spoke. XYZ urged calm.',
    [],
  ],
  [
    'negative: the acronym in brackets again (a dateline) is not a new mention',
    'The Freedonian News Agency (FNA) reported it. Fredville, May 3 (FNA) -- Talks began.',
    [],
  ],
];

describe('acronyms defined after a body of one state', () => {
  it.each(ROWS)('%s', (_name, text, want) => {
    expect(find(text)).toEqual(want);
  });
});
