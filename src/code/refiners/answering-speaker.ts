import type { CueHit, EventCandidate } from '../candidate.js';
import { coordinatorBefore, tokenIndexAt } from '../sentence-view.js';

// Words that set a second speaker's clause against the first one's ("X says A, as Y denies B").
const CONTRAST = new Set(['as', 'while', 'whereas', 'but']);

const shareSource = (a: CueHit, b: CueHit): boolean =>
  a.sources.some((s) => b.sources.some((t) => t.code === s.code));

/**
 * "Xia says Yia broke the truce, as Yia denies it and calls for monitors": after "as", "while",
 * "whereas" or "but", a second speaker answers the first; an act of that second speaker told
 * after its own cue is its own, and the first speaker's cue does not report it. True when `hit`
 * is such a first cue for `c`.
 */
export function answeringSpeakersAct(
  c: EventCandidate,
  hit: CueHit,
  hits: readonly CueHit[],
): boolean {
  const start = c.trigger.span.start;
  if (hit.view !== c.view || hit.span.end > start) return false;
  const doers = new Set(c.actors.map((a) => a.code));
  return hits.some((other) => {
    if (other === hit || other.view !== c.view || shareSource(other, hit)) return false;
    if (other.span.start < hit.span.end || other.span.start >= start) return false;
    if (!other.sources.some((s) => doers.has(s.code))) return false;
    return c.view.tokens.some(
      (t) => t.start >= hit.span.end && t.end <= other.span.start && CONTRAST.has(t.lower),
    );
  });
}

/**
 * "Xia met Yia's envoy and accused Zia of arming Yia": a cue verb joined by "and" to an act its
 * own speaker did before it tells what follows it, not that act (the outlet tells the meeting).
 * True when `c` is such an act of a speaker of `hit`, told before the cue in its sentence.
 */
export function speakersActBeforeCue(c: EventCandidate, hit: CueHit): boolean {
  if (hit.view !== c.view || hit.sourceFrom !== 'before') return false;
  if (c.trigger.span.end > hit.span.start) return false;
  if (!c.actors.some((a) => hit.sources.some((s) => s.code === a.code))) return false;
  const tokens = c.view.tokens;
  const and = coordinatorBefore(tokens, tokenIndexAt(c.view, hit.span.start));
  return and >= 0 && (tokens[and]?.start ?? 0) >= c.trigger.span.end;
}

// The words that open a cue's complement of a gerund ("accused X of arming", "blamed X for").
const GERUND_MARKERS = new Set(['of', 'for']);

/**
 * "Xia accused Yia of preparing an invasion and ordered 25,000 troops to the border": a verb
 * coordinated with the cue verb itself, after the cue's "of"/"for" complement, shares its subject
 * and tells the speaker's own next act, which the outlet reports; the cue speaks of its
 * complement only. True when `c`'s clause is such a coordination of the clause whose verb is
 * `hit`'s cue. A cue with a "that"-clause is left alone: there the parse cannot tell "said it
 * struck X and killed Y" (both said) from a second act of the speaker.
 */
export function coordinatedWithCue(c: EventCandidate, hit: CueHit): boolean {
  if (hit.view !== c.view || !c.clause || c.clause.clause.link !== 'coordination') return false;
  const { syntax, clause } = c.clause;
  const parent = clause.parent;
  const verb = parent === null ? undefined : syntax.clauses[parent]?.verb;
  const head = verb ? syntax.words[verb.head] : undefined;
  if (!head || head.start < hit.span.start || head.end > hit.span.end) return false;
  const children = syntax.clauses.filter(
    (k) => k.parent === parent && k.verb.head < clause.verb.head,
  );
  return (
    children.some((k) => GERUND_MARKERS.has(k.marker ?? '')) &&
    !children.some((k) => k.link === 'complement')
  );
}
