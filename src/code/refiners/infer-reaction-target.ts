import { z } from 'zod';
import { loadDictionary } from '../../dictionaries/load-dictionary.js';
import { ARTICLES, DEMONSTRATIVES, POSSESSIVE } from '../../annotate/english/closed-class.js';
import type { EventType } from '../../model/index.js';
import type { EventCandidate } from '../candidate.js';

// Reactions aimed at what another party did: condemning, welcoming, rejecting it.
const REACTIONS = new Set<EventType>(['ACCUSE', 'SUPPORT', 'REJECT']);
const OPENERS = new Set<string>([...ARTICLES, ...DEMONSTRATIVES, ...POSSESSIVE]);
// "the new US sanctions", "the latest strikes": words between the opener and the noun
const MAX_MODIFIERS = 2;
// how many sentences back the event referred to may be told
const REACH = 3;

const EventReference = z.object({
  word: z.string().regex(/^[a-z][a-z-]*$/),
  types: z.array(z.string()),
});

let references: Map<string, ReadonlySet<string>> | null = null;
function referenceTypes(): Map<string, ReadonlySet<string>> {
  references ??= new Map(
    loadDictionary('event-references', EventReference, (r) => r.word).entries.map((r) => [
      r.word,
      new Set(r.types),
    ]),
  );
  return references;
}

/** The noun right after a reaction verb that refers back to an event ("the sanctions"). */
function referredTypes(c: EventCandidate): ReadonlySet<string> | null {
  const tokens = c.view.tokens;
  if (!OPENERS.has(tokens[c.last + 1]?.lower ?? '')) return null;
  for (let k = c.last + 2; k <= c.last + 2 + MAX_MODIFIERS && k < tokens.length; k++) {
    const types = referenceTypes().get(tokens[k]!.lower);
    if (types) return types;
    if (!/^[\p{L}-]+$/u.test(tokens[k]!.text)) return null;
  }
  return null;
}

function before(a: EventCandidate, b: EventCandidate): boolean {
  return a.view.index < b.view.index || (a.view === b.view && a.last < b.first);
}

/**
 * "Sylvania condemned the sanctions", "Freedonia welcomed the decision": a reaction whose clause
 * names no party is aimed at the event its object refers back to, so its target is that event's
 * doer: the nearest event told in the sentences just before it, of a type the noun can name
 * ("sanctions" a SANCTION, "the decision" any act), when another party did it. A reaction whose
 * clause names its target keeps it; one whose referent has no doer named stays untargeted.
 */
export function inferReactionTarget(cands: EventCandidate[]): EventCandidate[] {
  for (const c of cands) {
    if (c.dropped || !REACTIONS.has(c.type) || c.entry.pos !== 'verb' || c.passive) continue;
    if (c.actors.length === 0 || c.recipients.length > 0) continue;
    const types = referredTypes(c);
    if (!types) continue;
    // the nearest event the noun can name, told just before: the one the reader has in mind
    const prior = cands
      .filter(
        (o) =>
          o !== c &&
          !o.dropped &&
          before(o, c) &&
          c.view.index - o.view.index <= REACH &&
          // a party-less mention of the act ("said the attack was a crime") points back itself
          o.actors.length + o.recipients.length > 0 &&
          // "the decision" names an act, not another party's words about one
          (types.size === 0 ? !REACTIONS.has(o.type) : types.has(o.type)),
      )
      .pop();
    // its doer, when it has one and is not the one reacting
    const own = new Set(c.actors.map((a) => a.code));
    if (!prior || prior.actors.length === 0 || prior.actors.some((a) => own.has(a.code))) continue;
    c.recipients = prior.actors;
    c.notes.push(
      `recipients ${prior.actors.map((a) => a.code).join('+')}: "${c.view.tokens[c.last + 1]?.text ?? ''} …" refers back to "${prior.trigger.text}"`,
    );
  }
  return cands;
}
