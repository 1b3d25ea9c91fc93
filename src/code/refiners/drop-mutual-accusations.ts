import { RECIPROCALS } from '../../annotate/english/closed-class.js';
import type { EventCandidate } from '../candidate.js';

/**
 * "Xia and Yia accused each other of breaking the truce": accusations traded between the sides
 * are their dispute over the acts they name, which the claims of those acts record (each side
 * asserts, the other denies); PLOVER's ACCUSE is one party's charge against another, and a
 * reciprocal one names no accused apart from the accusers. Such an ACCUSE is dropped after
 * merging, with the one-sided charges of the same dispute that merged into it ("Xia accused Yia
 * of firing first"). "Xia accused Yia of ..." told on its own is left to the accusation rules.
 */
export function dropMutualAccusations(cands: EventCandidate[]): EventCandidate[] {
  return cands.filter((c) => {
    if (c.type !== 'ACCUSE' || c.recipients.length > 0) return true;
    const tokens = c.view.tokens;
    const next = `${tokens[c.last + 1]?.lower ?? ''} ${tokens[c.last + 2]?.lower ?? ''}`;
    if (!RECIPROCALS.has(next)) return true;
    c.dropped = 'accusations traded between the sides';
    c.notes.push(`dropped: "${c.trigger.text} ${next}": the sides' dispute, not one's charge`);
    return false;
  });
}
