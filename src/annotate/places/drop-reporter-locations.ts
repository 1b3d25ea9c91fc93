import type { Mention } from '../../model/index.js';
import { QUALIFIER_GAP } from '../actors/drop-place-qualifiers.js';

// "reporting from", "wrote from", "following developments from": where a journalist or a speaker
// is, right before the place.
const FROM_WHERE_SPOKEN =
  /\b(?:report(?:s|ed|ing)?|writ(?:es|ing)|wrote|broadcast(?:s|ing)?|speak(?:s|ing)|spoke|developments)\s+from\s+$/i;
// How far back the words before a place are read.
const LOOK_BACK = 40;

// The state a place lies in, or the state an actor mention codes.
function countryOf(m: Mention): string | null {
  if (m.kind === 'actor') return m.actor.code;
  return m.kind === 'place' ? m.place.country : null;
}

// A dateline: at the start of a paragraph, a place in capitals ("XVILLE", "XVILLE, Xia"), an
// optional date ("Nov. 4") and agency ("(Reuters)"), then a dash: where the story was filed from.
const DATELINE =
  /^[A-Z][A-Z.'’ -]*[A-Z](?:,\s+[A-Z][a-z.'’-]*(?:\s+[A-Z][a-z.'’-]*){0,3})?(?:[.,]?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^()]{1,40}\))?\s*[-–—]\s/;

/** The ends of the datelines that open the text's paragraphs. */
function datelineEnds(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let at = 0; at < text.length;) {
    const m = DATELINE.exec(text.slice(at, at + 120));
    if (m) out.push({ start: at, end: at + m[0].length });
    const next = text.indexOf('\n', at);
    if (next < 0) break;
    at = next + 1;
  }
  return out;
}

/**
 * "the correspondent reported from Xville, Xia", "speaking from Xville, the minister said": where
 * a journalist or a speaker is says nothing of the events told. The place after "reporting from"
 * (and the state that qualifies it) is neither a party (a capital stands for its government) nor
 * the place of an event, so its mentions go; so do those of a dateline ("XVILLE, Nov 4 (Agency) -
 * "). `mentions` sorted by start.
 */
export function dropReporterLocations(text: string, mentions: Mention[]): Mention[] {
  const dropped: Mention[] = [];
  const out: Mention[] = [];
  const datelines = datelineEnds(text);
  for (const m of mentions) {
    if (m.kind !== 'actor' && m.kind !== 'place') {
      out.push(m);
      continue;
    }
    const before = text.slice(Math.max(0, m.span.start - LOOK_BACK), m.span.start);
    const spokenFrom =
      FROM_WHERE_SPOKEN.test(before) ||
      datelines.some((d) => m.span.start >= d.start && m.span.end <= d.end);
    // the same words as a place and as a state, or the state that qualifies a dropped place
    const withDropped = dropped.some(
      (d) =>
        (d.span.start === m.span.start && d.span.end === m.span.end) ||
        (QUALIFIER_GAP.test(text.slice(d.span.end, Math.max(d.span.end, m.span.start))) &&
          countryOf(m) === countryOf(d)),
    );
    if (spokenFrom || withDropped) dropped.push(m);
    else out.push(m);
  }
  return out;
}
