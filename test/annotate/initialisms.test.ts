import { describe, expect, it } from 'vitest';
import { buildActorIndex } from '../../src/annotate/actors/actor-index.js';
import { findActorMentions } from '../../src/annotate/actors/find-actor-mentions.js';
import { INITIALISM_RULE } from '../../src/annotate/actors/find-initialisms.js';
import { splitSentences } from '../../src/annotate/sentences/split-sentences.js';
import { INVENTED_ACTORS, INVENTED_STATES, inventedArticle } from './support/invented-actors.js';

const index = buildActorIndex(INVENTED_ACTORS, INVENTED_STATES);
// the same, with a second body whose name has the Grand Council's initials
const twoBodies = buildActorIndex(
  {
    ...INVENTED_ACTORS,
    institutions: [
      ...INVENTED_ACTORS.institutions,
      {
        id: 'green-corps',
        names: ['Green Corps'],
        name: 'Green Corps',
        code: 'FRD',
        sector: 'MIL',
      },
    ],
  },
  INVENTED_STATES,
);

function find(text: string, actors = index): string[] {
  const article = inventedArticle(text, '2024-11-06');
  return findActorMentions(article, splitSentences(article), actors)
    .filter((m) => m.ruleId === INITIALISM_RULE)
    .map((m) => `${m.text}|${m.actor.code}/${m.actor.sector ?? ''}`);
}

// [rule, invented input, expected "text|code/sector" of the initialisms]
const ROWS: [string, string, string[]][] = [
  [
    "a body's initials after its full name, with no brackets",
    'The Grand Council met on Monday. The GC then voted to close the border.',
    ['GC|SYL/LEG'],
  ],
  [
    'every later use; linking words are left out of the initials',
    'The World Assembly met. WA delegates left, and the WA said so.',
    ['WA|UNO/GOV', 'WA|UNO/GOV'],
  ],
  ['negative: the initials before the full name', 'The GC met. The Grand Council voted.', []],
  ['negative: no full name in the article', 'The GC voted to close the border.', []],
  [
    'negative: the initials in brackets (a credit, or the definition itself)',
    'The Grand Council (GC) met. Sylvan, May 3 (GC) - Talks began.',
    [],
  ],
  ['negative: letters that spell no name given', 'The Grand Council met. The XYZ voted.', []],
];

describe('a body named by its initials after its full name (annotate/actors/find-initialisms)', () => {
  it.each(ROWS)('%s', (_name, text, want) => {
    expect(find(text)).toEqual(want);
  });
  it('negative: initials two bodies of the article share name neither', () => {
    expect(find('The Grand Council and the Green Corps met. The GC voted.', twoBodies)).toEqual([]);
    expect(find('The Grand Council met. The GC voted.', twoBodies)).toEqual(['GC|SYL/LEG']);
  });
});
