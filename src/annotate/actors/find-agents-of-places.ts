import type {
  ActorMention,
  Article,
  Mention,
  PlaceMention,
  Sentence,
  Span,
} from '../../model/index.js';
import { loadDictionary } from '../../dictionaries/load-dictionary.js';
import { SectorNoun } from './actor-dictionaries.js';
import { readCountryRecords } from './country-records.js';
import { isHighSurrogate, isLowSurrogate } from '../mention-utils.js';

/** The rule id of "police in Xton": the state of the place, with the agent's sector. */
export const AGENT_OF_PLACE_RULE = 'actor/agent-of-place';

// Sectors that act for a state or against it where they are: officials, forces, police,
// courts, rebels, protesters. Civilians, visitors and reporters named by a place are more often
// those an act befalls ("tourists in Xton") than a party.
const ACTING = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY', 'REB', 'OPP']);

let agents: Map<string, string> | undefined;

// Agent nouns with their sector: the curated sector nouns over the vendor agents.
function agentSectors(): Map<string, string> {
  if (agents) return agents;
  agents = new Map();
  for (const name of ['vendor-agents', 'actor-sector-nouns'])
    for (const e of loadDictionary(name, SectorNoun, (x) => x.id).entries)
      for (const n of e.names) agents.set(n.toLowerCase(), e.sector);
  for (const [n, sector] of agents) if (!ACTING.has(sector)) agents.delete(n);
  return agents;
}

let stateNames: Map<string, string> | undefined;
const stateName = (code: string): string =>
  (stateNames ??= new Map(readCountryRecords().map((r) => [r.code, r.name]))).get(code) ?? code;

const LETTER = /^\p{L}/u;

// The UTF-16 length (0, 1 or 2) of the code point that ends at `at` if it is a letter, reading
// no further back than `floor`.
function letterBefore(text: string, at: number, floor: number): number {
  if (at <= floor) return 0;
  const c = text.charCodeAt(at - 1);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  const pair = isLowSurrogate(c) && at - 2 >= floor;
  const from = pair && isHighSurrogate(text.charCodeAt(at - 2)) ? at - 2 : at - 1;
  return LETTER.test(text.slice(from, at)) ? at - from : 0;
}

// The start of the run of letters that ends at `at`, no further back than `floor`.
function wordStart(text: string, at: number, floor: number): number {
  let i = at;
  for (let n = letterBefore(text, i, floor); n > 0; n = letterBefore(text, i, floor)) i -= n;
  return i;
}

/**
 * "police in", "the government of", "authorities in the": up to three words of agent right
 * before `end` (the place), in the text from `floor` (the sentence). What the regex
 * /(?:^|[^\p{L}])((?:\p{L}+ ){0,2}\p{L}+) (?:in|of) (?:the )?$/u finds in that stretch, read
 * backwards from its end: the regex ran from the sentence's start on every place, and its cost
 * showed in profiles.
 */
function agentWordsBefore(
  text: string,
  floor: number,
  end: number,
): { words: string; start: number } | null {
  let at = end;
  if (at - 4 >= floor && text.startsWith('the ', at - 4)) at -= 4;
  if (at - 4 < floor || !(text.startsWith(' in ', at - 4) || text.startsWith(' of ', at - 4)))
    return null;
  const wordsEnd = at - 4;
  let start = wordStart(text, wordsEnd, floor);
  if (start === wordsEnd) return null;
  // two more words at most, each after one space
  for (let k = 0; k < 2; k++) {
    if (start - 1 <= floor || text.charCodeAt(start - 1) !== 32) break;
    const before = wordStart(text, start - 1, floor);
    if (before === start - 1) break;
    start = before;
  }
  return { words: text.slice(start, wordsEnd), start };
}

// The sentence that holds a span: a loop, not find(), to spare a closure per place.
function sentenceHolding(sentences: Sentence[], span: Span): Sentence | undefined {
  for (const s of sentences) if (s.span.start <= span.start && span.end <= s.span.end) return s;
  return undefined;
}

/**
 * An agent named by a place inside a state ("police in Xton", "the government of Yshire
 * province", "authorities in Xton"): an actor of the place's state with the agent's sector, as
 * "Xian police" would be. Places that are states are actors already; a place of no state, or
 * words already read as an actor, give nothing.
 */
export function findAgentsOfPlaces(
  article: Article,
  sentences: Sentence[],
  found: readonly Mention[],
): ActorMention[] {
  const out: ActorMention[] = [];
  const actors = found.filter((m) => m.kind === 'actor');
  for (const p of found) {
    if (p.kind !== 'place') continue;
    const place = (p as PlaceMention).place;
    if (!place.country || place.precision === 'country' || place.precision === 'water') continue;
    const sentence = sentenceHolding(sentences, p.span);
    if (!sentence) continue;
    const group = agentWordsBefore(article.text, sentence.span.start, p.span.start);
    if (!group) continue;
    const words = group.words.split(' ');
    for (let k = 0; k < words.length; k++) {
      const agent = words.slice(k).join(' ');
      const sector = agentSectors().get(agent.toLowerCase());
      if (!sector) continue;
      const start = group.start + group.words.length - agent.length;
      // a capital only where the sentence starts ("Police in Xton"), not a name ("Police Square")
      const lead = article.text.slice(sentence.span.start, start).trim();
      if (!/^\p{Ll}/u.test(agent) && lead !== '' && !/^the$/i.test(lead)) continue;
      if (actors.some((a) => a.span.start < p.span.end && start < a.span.end)) break;
      const text = article.text.slice(start, p.span.end);
      out.push({
        kind: 'actor',
        span: { start, end: p.span.end },
        text,
        ruleId: AGENT_OF_PLACE_RULE,
        actor: { code: place.country, sector, name: stateName(place.country), text },
      });
      break;
    }
  }
  return out;
}
