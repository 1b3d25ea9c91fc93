import type { Event } from '../model/index.js';

/**
 * Whether `code` names a doer of the event that neither denies it nor will not confirm it: the
 * rules by which a party's own word settles its act (a capture, a treaty step, its own account)
 * turn its assertion into a confirmation only then; a doer that also contests keeps its stance.
 */
export function doerOwnsWord(event: Event, code: string | undefined): boolean {
  if (!code || !event.actors.some((r) => r.code === code)) return false;
  return !event.attributions.some(
    (b) => b.source?.code === code && (b.stance === 'deny' || b.stance === 'noncommittal'),
  );
}
