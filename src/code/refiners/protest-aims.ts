import { wordsTagged } from '../../dictionaries/word-lists.js';
import type { ActorMention } from '../../model/index.js';
import { actorRef, type EventCandidate } from '../candidate.js';
import { tokenIndexAt } from '../sentence-view.js';

// "to demand", "in protest of", "calling for": the words that tell what a protest is for.
const aimWords = wordsTagged('protest-aim');
// How far after the protest its aim may begin (words).
const AIM_WINDOW = 8;

function hasNoParty(c: EventCandidate): boolean {
  return c.actors.length === 0 && c.recipients.length === 0;
}

/** The demand told right after the protest ("rioted ..., demanding X"): the protest's content. */
function demandOf(c: EventCandidate, cands: EventCandidate[]): EventCandidate | undefined {
  return cands.find(
    (d) =>
      d !== c &&
      d.view === c.view &&
      d.type === 'REQUEST' &&
      d.first > c.last &&
      d.first - c.last <= AIM_WINDOW * 2 &&
      aimWords().has(d.view.tokens[d.first]?.lower ?? ''),
  );
}

/** The parties named in the protest's aim ("to demand the resignation of the Xian president"). */
function aimParties(c: EventCandidate): ActorMention[] {
  const tokens = c.view.tokens;
  let aim = -1;
  for (let i = c.last + 1; i < tokens.length && i - c.last <= AIM_WINDOW; i++) {
    if (aimWords().has(tokens[i]?.lower ?? '')) {
      aim = i;
      break;
    }
    if (tokens[i]?.lower === '.' || tokens[i]?.lower === ';') break;
  }
  if (aim < 0) return [];
  return c.view.mentions.filter(
    (m): m is ActorMention => m.kind === 'actor' && tokenIndexAt(c.view, m.span.start) > aim,
  );
}

/**
 * A protest by people no state is named for ("activists continued their hunger strike to demand
 * the resignation of the Xian president", "prisoners rioted, demanding independence from Xia")
 * is aimed at the party its demand names: it takes that demand's parties. The demand told as a
 * protest's aim is its content, not coded apart (PLOVER codes the protest), whoever protests. A
 * demand told with no protest is left as it is.
 */
export function assignProtestAims(cands: EventCandidate[]): EventCandidate[] {
  const gone = new Set<EventCandidate>();
  for (const c of cands) {
    if (c.type !== 'PROTEST' || gone.has(c)) continue;
    const demand = demandOf(c, cands);
    if (demand && !hasNoParty(c)) {
      gone.add(demand);
      c.notes.push(`aim: its demand "${demand.trigger.text}" is its content, not coded apart`);
      continue;
    }
    if (!hasNoParty(c)) continue;
    if (demand && !hasNoParty(demand)) {
      c.actors = demand.actors;
      c.recipients = demand.recipients;
      gone.add(demand);
      c.notes.push(`aim: takes the parties of its demand "${demand.trigger.text}"`);
      continue;
    }
    const parties = aimParties(c);
    if (parties.length === 0) continue;
    if (demand) gone.add(demand);
    c.recipients = parties.map((m) => actorRef(m.actor, m.text, m.span, m.actor.entry));
    c.notes.push(`aim: aimed at ${parties.map((m) => `"${m.text}"`).join(', ')}, named in its aim`);
  }
  for (const demand of gone) demand.dropped = 'the aim of a protest, coded with the protest';
  return cands.filter((c) => !gone.has(c));
}
