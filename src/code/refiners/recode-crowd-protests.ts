import { wordsTagged } from '../../dictionaries/word-lists.js';
import type { EventCandidate } from '../candidate.js';

// The people a street protest is made of ("residents", "students", "protesters").
const crowdNouns = wordsTagged('crowd');
// Counts that open a crowd ("hundreds of", "thousands of", "tens of thousands of").
const CROWD_COUNTS = new Set(['hundreds', 'thousands', 'dozens', 'scores', 'tens']);

// Whether the words of a subject name a crowd: a count of people, or a crowd noun as head.
function namesCrowd(words: readonly string[]): boolean {
  if (CROWD_COUNTS.has(words[0] ?? '') && words[1] === 'of') return true;
  return crowdNouns().has(words.at(-1) ?? '');
}

/**
 * "Protested against" is two acts: a government's protest is its disapproval (ACCUSE), a crowd's
 * is a street protest (PROTEST). The verb's ACCUSE reading whose clause subject is a crowd
 * ("hundreds of Xians protested against the arrest", "students protested over the deal") becomes
 * PROTEST/demo-org, with the crowd's parties as its actors.
 */
export function recodeCrowdProtests(cands: EventCandidate[]): EventCandidate[] {
  for (const c of cands) {
    if (c.type !== 'ACCUSE' || c.entry.lemma !== 'protest' || c.entry.pos !== 'verb') continue;
    const roles = c.clause;
    const subject = roles?.clause.subject;
    if (!roles || !subject) continue;
    const words = roles.syntax.words.slice(subject.first, subject.last + 1).map((w) => w.lower);
    if (!namesCrowd(words)) continue;
    c.type = 'PROTEST';
    c.mode = 'demo-org';
    c.notes.push(`recoded PROTEST/demo-org: "${words.join(' ')}" is a crowd, not a government`);
  }
  return cands;
}
