import type { EventCandidate } from '../candidate.js';
import type { SentenceView } from '../sentence-view.js';
import { tokenIndexAt } from '../sentence-view.js';
import type { Place } from '../../model/index.js';
import { FROM_AFAR, SPOKEN } from './attach-place.js';

const BEFORE = new Set(['in', 'into', 'inside']);
const DETERMINERS = new Set(['a', 'an', 'the']);
// What a state's adjective makes a stretch of that state: "Xian territory", "a Xian border area".
const HEADS = new Set(['territory', 'soil', 'airspace', 'waters']);
const BORDER_HEADS = new Set(['area', 'areas', 'region', 'regions', 'village', 'villages']);
// The cheap test before any token is read.
const TEXT_CUES = [
  'territory',
  'soil',
  'airspace',
  'waters',
  'border area',
  'border region',
  'border village',
];

/** "in (a|the) Xian territory / border area": the state the adjective names, as a place. */
function territoryIn(view: SentenceView): Place | null {
  const text = view.sentence.text;
  if (!TEXT_CUES.some((cue) => text.includes(cue))) return null;
  for (const m of view.mentions) {
    if (m.kind !== 'actor' || m.ruleId !== 'actor/demonym' || !m.entry?.startsWith('countries:'))
      continue;
    const i = tokenIndexAt(view, m.span.start);
    const tokens = view.tokens;
    if (tokens[i]?.end !== m.span.end) continue;
    let b = i - 1;
    if (DETERMINERS.has(tokens[b]?.lower ?? '')) b--;
    if (!BEFORE.has(tokens[b]?.lower ?? '')) continue;
    const next = tokens[i + 1]?.lower ?? '';
    let last = -1;
    if (HEADS.has(next)) last = i + 1;
    else if (next === 'border' && BORDER_HEADS.has(tokens[i + 2]?.lower ?? '')) last = i + 2;
    if (last < 0) continue;
    const start = tokens[b + 1]?.start ?? m.span.start;
    const end = tokens[last]?.end ?? m.span.end;
    const from = view.sentence.span.start;
    return {
      name: m.actor.name,
      country: m.actor.code,
      lat: null,
      lon: null,
      precision: 'country',
      text: text.slice(start - from, end - from),
      span: { start, end },
      entry: m.entry,
    };
  }
  return null;
}

/**
 * "Xian forces shelled houses in a Yian border area", "troops crossed into Yian territory": an
 * act no named place was found for happened in the state whose adjective qualifies the territory
 * or border area the sentence puts it in (the gazetteer knows no such stretch). Acts of speech and
 * measures from afar keep no place, as in attach-place.
 */
export function attachTerritoryPlace(cands: EventCandidate[]): EventCandidate[] {
  const memo = new Map<SentenceView, Place | null>();
  for (const c of cands) {
    // as in attach-place, acts of speech and measures from afar have no place of their own
    if (c.place || c.dropped || SPOKEN.has(c.type) || FROM_AFAR.has(c.type) || c.entry.presence)
      continue;
    let place = memo.get(c.view);
    if (place === undefined) {
      place = territoryIn(c.view);
      memo.set(c.view, place);
    }
    if (!place) continue;
    c.place = place;
    c.notes.push(`place "${place.text}": the state its adjective names`);
  }
  return cands;
}
