import type { EventCandidate } from '../candidate.js';
import type { CodeContext } from '../context.js';

// Verbs of striving: the writer's reading of what a party is after, not its word.
const STRIVING = /^(?:aims?|aimed|aiming|seeks?|sought|seeking|tries|tried|trying|attempting)$/;

/**
 * "The rebels have been aiming to capture Xton", "Yia is seeking to seize the pass": an aim the
 * article ascribes to a party, with no statement of that party or anyone else in the sentence,
 * is a possibility it reports, not an announced plan; PLOVER's THREATEN and AGREE code what a
 * party announced ("X threatened to take Xton", "X said it aims to take Xton" stays planned).
 * Such a plan becomes 'possible' before plans are recoded as threats or promises.
 */
export function detectAscribedAims(
  cands: EventCandidate[],
  { hits }: CodeContext,
): EventCandidate[] {
  for (const c of cands) {
    if (c.modality !== 'planned') continue;
    const tokens = c.view.tokens;
    if (tokens[c.first - 1]?.lower !== 'to') continue;
    const striving = tokens[c.first - 2]?.lower ?? '';
    if (!STRIVING.test(striving)) continue;
    if (hits.some((h) => h.view === c.view)) continue;
    c.modality = 'possible';
    c.notes.push(
      `modality possible ("${striving} to": an aim the article ascribes, not announced)`,
    );
  }
  return cands;
}
