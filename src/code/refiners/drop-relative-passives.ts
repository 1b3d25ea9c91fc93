import type { EventCandidate } from '../candidate.js';
import type { CodeContext } from '../context.js';
import { BE_FINITE, HAVE_FINITE } from '../../annotate/english/closed-class.js';

const RELATIVE = new Set(['that', 'which']);
const AUX = new Set<string>([...BE_FINITE, 'been', ...HAVE_FINITE]);

/**
 * "parts of the region that were seized during an offensive": a passive relative clause
 * describes the thing it follows; the act it names is that thing's past, not the news told.
 * A reported "that" ("said that X was seized") has a subject before its verb and is kept.
 */
export function dropRelativePassives(
  cands: EventCandidate[],
  { blocked }: CodeContext,
): EventCandidate[] {
  return cands.filter((c) => {
    if (c.entry.pos !== 'verb' || !c.passive) return true;
    let k = c.first - 1;
    while (k >= 0 && AUX.has(c.view.tokens[k]?.lower ?? '')) k--;
    if (k === c.first - 1 || !RELATIVE.has(c.view.tokens[k]?.lower ?? '')) return true;
    // "said that were ..." does not occur; a cue word before "that" makes it a report
    if (blocked.get(c.view.index)?.has(k - 1)) return true;
    c.notes.push(
      `dropped: "${c.view.tokens[k]?.text ?? ''} ... ${c.trigger.text}" describes what it follows`,
    );
    c.dropped = 'a relative clause';
    return false;
  });
}
