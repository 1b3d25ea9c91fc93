import type { CueHit, EventCandidate } from '../candidate.js';
import type { CodeContext } from '../context.js';
import { placeInOwnPhrase } from '../roles/place-in-own-phrase.js';
import { tokenIndexAt, type SentenceView } from '../sentence-view.js';
import { wordsTagged } from '../../dictionaries/word-lists.js';

type Span = { start: number; end: number };

// How far (in characters) a speaker's seat may stand before the cue: "'s embassy in Red Bay".
const SEAT_REACH = 40;

// What puts speakers at a place named as their source: "officials in Fredville said".
const SEAT_BEFORE = /\b(?:in|at)\s+(?:the\s+)?$/i;
// A source whose own name holds its seat: "officials in Fredville" read as one party.
const SEAT_INSIDE = /\s(?:in|at)\s/i;

// A dateline: where the report was filed, not where its event happened. A place of up to three
// words ("FREDVILLE:", "Fredville —", "Fredville (Agency) —"), or a wire service's place in
// capitals with its region or country ("FREDVILLE, Freedonia (Agency) —").
const DATELINE =
  /^(?:[^\s,.:;]+(?:\s[^\s,.:;]+){0,2}|\p{Lu}{2,}(?:\s\p{Lu}{2,})*,(?:\s[^\s,.:;]+){1,3})\s*(?::|\s[—–-]\s|\([\w ]+\)\s*[—–-])/u;

/**
 * Where the speakers of a sentence stand, not where its event happened: from a cue's source to
 * the cue ("Sylvania's embassy in Fredville said"), the cue's own phrase up to what is said
 * ("said in a speech in Oakridge that"), and a dateline ("FREDVILLE: ...", "Fredville —").
 */
function speakerSpans(view: SentenceView, hits: readonly CueHit[]): Span[] {
  const spans: Span[] = [];
  const { text, span } = view.sentence;
  for (const h of hits) {
    if (h.view.index !== view.index) continue;
    const starts = h.sources.map((s) => s.span?.start ?? h.span.start);
    const from = Math.min(h.span.start, ...starts.filter((s) => s < h.span.start));
    // "said in a speech in Oakridge that": a phrase opening with a preposition right after the
    // cue tells where it was said, up to "that", a comma or a colon
    const rest = text.slice(h.span.end - span.start);
    const stop = /^\s+(?:in|at|from|during|while)\b.{0,60}?(?=\bthat\b|[,:;"“])/.exec(rest);
    const to = h.span.end + (stop ? stop[0].length : 0);
    const end = h.sourceFrom === 'before' ? to : h.span.end;
    // the source's own name is no seat ("Azerbaijan insisted": a place read as the speaker),
    // unless a preposition of place puts the speakers there ("officials in Fredville said")
    let start = from;
    for (const s of h.sources.filter((x) => x.span).sort((a, b) => a.span!.start - b.span!.start))
      if (
        s.span!.start <= start &&
        s.span!.end > start &&
        !SEAT_BEFORE.test(text.slice(0, s.span!.start - span.start)) &&
        !SEAT_INSIDE.test(s.text)
      )
        start = s.span!.end;
    // a speaker's seat stands right by the speaker ("X's embassy in Y said"); a source found
    // further back is more likely a party of what is said
    if (h.span.start - start <= SEAT_REACH) spans.push({ start, end });
    // "According to Fredville, …": a source named right after its cue is the speaker, no place
    if (h.sourceFrom === 'after')
      for (const s of h.sources)
        if (s.span && s.span.start >= h.span.end && s.span.start - h.span.end <= SEAT_REACH)
          spans.push(s.span);
  }
  const dateline = DATELINE.exec(text);
  if (dateline) spans.push({ start: span.start, end: span.start + dateline[0].length });
  return spans;
}

// Acts of speech (accusing, demanding, praising, threatening, refusing) have no place of their
// own in their sentence: the places it names are where what they are about happened ("condemned
// the shelling of X", "urged Y to withdraw from X"), and where the speaker stood is left off
// anyway. A state of affairs told in those types' words holds where it is ("X-backed militias in
// Y": the backing is where the militias are), unless what is found is itself spoken (a judgment,
// a criticism drawn from a party).
export const SPOKEN = new Set(['ACCUSE', 'REQUEST', 'SUPPORT', 'THREATEN', 'REJECT']);
// Measures taken from afar (sanctions, cut ties) are placed only where their own phrase puts
// them ("suspended aid deliveries in X", "closed its embassy in X"), not by a place of the
// reasons given ("over the fighting in X", "for its role in X") or of another clause; after a
// measure, "on" and "over" name its target or its reason, not a place.
export const FROM_AFAR = new Set(['SANCTION']);
const WHERE_A_MEASURE_IS_TAKEN = {
  locatives: new Set(['in', 'into', 'at', 'inside']),
  ends: new Set(['over', 'for', 'about', 'amid', 'following', 'because']),
};

const flightVerbs = wordsTagged('flight-verb');
const TOWARD = new Set(['to', 'toward', 'towards', 'into', 'across']);

// "thousands fled toward Xville": the place people fled to, unless the event is that flight.
function fledTo(c: EventCandidate, start: number): boolean {
  let k = tokenIndexAt(c.view, start) - 1;
  if (c.view.tokens[k]?.lower === 'the') k--;
  if (!TOWARD.has(c.view.tokens[k]?.lower ?? '')) return false;
  const verb = c.view.tokens[k - 1];
  return !!verb && flightVerbs().has(verb.lower) && c.first !== k - 1;
}

/** Whether a place named at `start` in the sentence may be where the candidate's act happened. */
function mayBeItsPlace(c: EventCandidate, start: number): boolean {
  if (SPOKEN.has(c.type) && (!c.entry.presence || c.entry.speech === true)) return false;
  if (fledTo(c, start)) return false;
  if (FROM_AFAR.has(c.type)) return placeInOwnPhrase(c, start, WHERE_A_MEASURE_IS_TAKEN);
  return true;
}

/**
 * Attaches the place of the sentence nearest to the trigger, preferring one after it; a place
 * where a speaker stands is never the event's place, nor one a spoken act or a measure from
 * afar is about.
 */
export function attachPlace(cands: EventCandidate[], { hits }: CodeContext): EventCandidate[] {
  // a sentence's speakers, worked out once for all its candidates
  const spansOf = new Map<SentenceView, Span[]>();
  for (const c of cands) {
    // most sentences name no place: no speaker to work out
    if (!c.view.mentions.some((m) => m.kind === 'place')) continue;
    let spans = spansOf.get(c.view);
    if (!spans) {
      spans = speakerSpans(c.view, hits);
      spansOf.set(c.view, spans);
    }
    // a stretch that holds the event's own word is what is said, not who says it
    const speakers = spans.filter(
      (s) => !(s.start <= c.trigger.span.start && c.trigger.span.end <= s.end),
    );
    let best: { d: number; place: EventCandidate['place'] } | null = null;
    for (const m of c.view.mentions) {
      if (m.kind !== 'place') continue;
      if (speakers.some((s) => s.start <= m.span.start && m.span.end <= s.end)) {
        c.notes.push(`place "${m.text}" left off: where a speaker stands`);
        continue;
      }
      if (!mayBeItsPlace(c, m.span.start)) {
        c.notes.push(
          `place "${m.text}" left off: ${fledTo(c, m.span.start) ? 'where people fled to' : FROM_AFAR.has(c.type) ? "not in the measure's own phrase" : 'a spoken act has no place of its own'}`,
        );
        continue;
      }
      const at = tokenIndexAt(c.view, m.span.start);
      const d = at >= c.first ? at - c.first : (c.first - at) * 2;
      const place = { ...m.place, text: m.text, span: m.span };
      // the most specific place wins over a country named nearer
      const specific = m.place.precision === 'country' ? 0 : -10;
      if (!best || d + specific < best.d) best = { d: d + specific, place };
    }
    if (best?.place) {
      c.place = best.place;
      c.notes.push(`place "${best.place.text}"`);
    }
  }
  return cands;
}
