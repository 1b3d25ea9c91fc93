import { sidesHelpedIn } from '../roles/beneficiary.js';
import { BACKER_RULE } from '../../annotate/actors/drop-hyphen-compounds.js';
import type { ActorRef } from '../../model/index.js';
import type { EventCandidate } from '../candidate.js';
import type { CodeContext } from '../context.js';
import { outsideTickerLines } from './drop-ticker-lines.js';
import { isRebelActAtHome } from './infer-rebel-target.js';

// Acts done to another side: a missing side is the article's other party.
const OPPOSED = new Set(['ASSAULT', 'COERCE', 'THREATEN']);
// Breaking relations and expelling envoys are bilateral: the missing side is the other party too.
const BILATERAL_MODES = new Set(['relations', 'expel']);
// Refusing to yield (give up ground, withdraw) is refusing the side that presses for it.
const opposed = (c: EventCandidate): boolean =>
  OPPOSED.has(c.type) ||
  (c.type === 'SANCTION' && BILATERAL_MODES.has(c.mode ?? '')) ||
  (c.type === 'REJECT' && c.mode === 'yield');
// The most states an attack with no doer may strike and still take the other side as its doer.
const MOST_VICTIM_STATES = 2;
// Words before the side fought: "the war against X", "help Y fight X".
const FOUGHT = new Set(['against', 'fight', 'fighting', 'fought']);
const FOUGHT_TEXT = /against|fight|fought/i;

// "Protesters targeted the embassies of X", "gunmen opened fire on Y's tourists": an active
// clause whose subject names a doer that is no party says who struck; no state is inferred.
function namesOtherDoer(c: EventCandidate): boolean {
  const roles = c.clause;
  return (
    roles !== null &&
    roles !== undefined &&
    roles.clause.verb.voice === 'active' &&
    roles.clause.subjectFrom === 'own' &&
    roles.doer !== null
  );
}

/**
 * A casualty count names who suffered, seldom who struck: the actor is the article's main party
 * that is neither the victim nor its ally (a party it sends troops to or receives them from) and
 * is a party to some event; likewise an attack or coercion with no target named gets the leading
 * party that is neither the actor nor its ally. Only when one such party clearly leads; the
 * states a ticker line of another story names ("LIVE: ...") are not counted.
 */
export function inferOpponent(
  cands: EventCandidate[],
  { mentions: all, hits, views }: CodeContext,
): EventCandidate[] {
  // a ticker line's states are those of another story
  const mentions = outsideTickerLines(all, views);
  // a speaker's name says who comments, not who fights, and a backer's ("Xia-backed") who
  // backs: neither is counted
  const spoken = new Set(hits.flatMap((h) => h.sources.map((r) => r.span?.start ?? -1)));
  // a backer ("Xia-backed") stands with the rebels it backs: never their opponent
  const backers = new Set<string>();
  for (const m of mentions)
    if (m.ruleId === BACKER_RULE) {
      spoken.add(m.span.start);
      if (m.kind === 'actor') backers.add(m.actor.code);
    }
  const counts = new Map<string, { n: number; ref: ActorRef }>();
  for (const m of mentions)
    if (m.kind === 'actor' && m.actor.code.length === 3 && !spoken.has(m.span.start)) {
      const hit = counts.get(m.actor.code);
      counts.set(m.actor.code, { n: (hit?.n ?? 0) + 1, ref: hit?.ref ?? m.actor });
    }
  const allies = new Map<string, Set<string>>();
  const ally = (a: string, b: string): void => {
    allies.set(a, (allies.get(a) ?? new Set()).add(b));
    allies.set(b, (allies.get(b) ?? new Set()).add(a));
  };
  for (const c of cands) {
    if (c.mode === 'troops' && (c.type === 'AID' || c.type === 'MOBILIZE'))
      for (const a of c.actors) for (const r of c.recipients) ally(a.code, r.code);
    // those who fight side by side are allies
    if (c.entry.sideBySide)
      for (const a of c.actors)
        for (const b of c.actors) if (a.code !== b.code) ally(a.code, b.code);
  }
  // only a party to some event can be the opponent: a state that merely comments is not; a
  // state fought "against" ("the war against X") is a party whether or not an event was coded
  const parties = new Set(cands.flatMap((c) => [...c.actors, ...c.recipients].map((r) => r.code)));
  const fighters = new Set(
    cands
      .filter((c) => OPPOSED.has(c.type))
      .flatMap((c) => [...c.actors, ...c.recipients].map((r) => r.code)),
  );
  let foughtAdded = false;
  const addFought = (): void => {
    if (foughtAdded) return;
    foughtAdded = true;
    // a state named other than as a speaker ("the Xian boats") is a party too
    for (const m of mentions)
      if (m.kind === 'actor' && m.actor.code.length === 3 && !spoken.has(m.span.start))
        parties.add(m.actor.code);
    for (const v of new Set(cands.map((c) => c.view)))
      if (FOUGHT_TEXT.test(v.sentence.text))
        v.tokens.forEach((t, i) => {
          if (!FOUGHT.has(t.lower)) return;
          for (const m of v.mentionAt.get(i + 1) ?? [])
            if (m.kind === 'actor' && m.actor.code.length === 3) parties.add(m.actor.code);
        });
  };
  // many events share a side: each side's opponent is worked out once
  const memo = new Map<string, ActorRef | null>();
  const leading = (side: ActorRef[]): ActorRef | null => {
    const key = side
      .map((r) => `${r.code}/${r.sector ?? ''}`)
      .sort()
      .join('+');
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    const found = rankOpponent(side);
    memo.set(key, found);
    return found;
  };
  const rankOpponent = (side: ActorRef[]): ActorRef | null => {
    addFought();
    const known = new Set(side.map((r) => r.code));
    const friends = new Set([...known].flatMap((v) => [...(allies.get(v) ?? [])]));
    // rebels fight whoever fights them: a party to some act of force, never their backer
    const rebels = side.every((r) => r.sector === 'REB');
    if (rebels) for (const b of backers) friends.add(b);
    const ranked = [...counts.entries()]
      .filter(
        ([code]) =>
          !known.has(code) &&
          !friends.has(code) &&
          parties.has(code) &&
          (!rebels || fighters.has(code)),
      )
      .sort((a, b) => b[1].n - a[1].n);
    const [first, second] = ranked;
    if (!first || (second && second[1].n * 1.5 > first[1].n)) return null;
    return first[1].ref;
  };
  for (const c of cands) {
    if (
      c.type === 'ASSAULT' &&
      c.actors.length === 0 &&
      c.recipients.length > 0 &&
      !namesOtherDoer(c) &&
      // "the embassies of Xia, Yia, Zia and Wia were targeted": victims of many states are no
      // one side of a war, and whoever struck them is no side's opponent
      new Set(c.recipients.map((r) => r.code)).size <= MOST_VICTIM_STATES
    ) {
      const actor = leading(c.recipients);
      if (!actor) continue;
      c.actors = [actor];
      c.notes.push(
        `actor ${actor.code} inferred: the article's leading party that is neither the victim nor its ally`,
      );
    } else if (
      opposed(c) &&
      c.entry.reciprocal !== true &&
      c.actors.length > 0 &&
      c.recipients.length === 0 &&
      // rebels acting in their own state act against it (inferRebelTarget), not a foreign party
      !isRebelActAtHome(c)
    ) {
      // "the coast guard rammed the vessel": a target the dictionaries cannot name is the other side
      const target = leading(c.actors);
      // "attacks in solidarity with Xians": a side the act is done for is no opponent of it
      if (!target || sidesHelpedIn(c.view).has(target.code)) continue;
      c.recipients = [target];
      c.notes.push(
        `recipient ${target.code} inferred: the article's leading party that is neither the actor nor its ally`,
      );
    }
  }
  return cands;
}
