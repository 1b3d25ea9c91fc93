import type { ActorRef } from '../../model/index.js';
import type { CueHit, EventCandidate } from '../candidate.js';

/**
 * "Xia said Yian troops shelled the town, accusing Yia of a breach": a speech act told in a
 * participle after a report is the reporter's own, not the act of the subject of what it
 * reports ("shelled" stays Yia's, the accusation is Xia's). The reporter is the source of the
 * first cue before the participle whose source stands before it ("Xia said", "Xia reported");
 * a quote's speaker named after the cue ("..., X said, warning") is that cue's source too.
 * Null where the participle is no speech act or no named reporter stands before it.
 */
export function speakerOfParticiple(c: EventCandidate, hits: CueHit[]): ActorRef[] | null {
  if (c.entry.speech !== true) return null;
  const report = hits.find(
    (h) =>
      h.view === c.view &&
      h.sourceKind === 'actor' &&
      h.sources.length > 0 &&
      h.span.end <= c.trigger.span.start &&
      h.sources.every((s) => (s.span?.end ?? Infinity) <= c.trigger.span.start),
  );
  return report ? report.sources : null;
}
