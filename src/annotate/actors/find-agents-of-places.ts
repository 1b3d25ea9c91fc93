import type { ActorMention, Article, Mention, PlaceMention, Sentence } from '../../model/index.js';
import { loadDictionary } from '../../dictionaries/load-dictionary.js';
import { SectorNoun } from './actor-dictionaries.js';
import { readCountryRecords } from './country-records.js';

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

// "police in", "the government of", "authorities in the": up to three words of agent right before
const BEFORE = /(?:^|[^\p{L}])((?:\p{L}+ ){0,2}\p{L}+) (?:in|of) (?:the )?$/u;

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
    const sentence = sentences.find(
      (s) => s.span.start <= p.span.start && p.span.end <= s.span.end,
    );
    if (!sentence) continue;
    const before = article.text.slice(sentence.span.start, p.span.start);
    const m = BEFORE.exec(before);
    if (!m?.[1]) continue;
    const words = m[1].split(' ');
    for (let k = 0; k < words.length; k++) {
      const agent = words.slice(k).join(' ');
      const sector = agentSectors().get(agent.toLowerCase());
      if (!sector) continue;
      const start =
        sentence.span.start + (m.index ?? 0) + m[0].indexOf(m[1]) + m[1].length - agent.length;
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
