import type { EventCandidate } from '../candidate.js';

/**
 * "Xia condemned the move" in the lede and "Xia, which had denounced ..., condemned Yia's step
 * on Monday" further down: a news article sums up its news in its first sentence and tells it
 * again below, in other words. A statement in the lede is the same statement as one by the same
 * speaker, against the same party, in the body, whatever verb each uses (as a headline's is),
 * unless the text dates them to different days.
 */
export function ledeRetells(a: EventCandidate, b: EventCandidate): boolean {
  if (a.view.lede !== true && b.view.lede !== true) return false;
  // "condemned on Monday ... condemned again on Tuesday": two days' statements are two acts
  if (a.whenSource === 'text' && b.whenSource === 'text' && a.when?.date !== b.when?.date)
    return false;
  const same = (x: { code: string }[], y: { code: string }[]): boolean =>
    x.some((p) => y.some((q) => p.code === q.code));
  return same(a.actors, b.actors) && same(a.recipients, b.recipients);
}
