import type { ActorRef } from '../../model/index.js';
import type { EventCandidate } from '../candidate.js';
import { newCandidate, triggerOfTokens } from '../candidate.js';
import type { TriggerEntry } from '../load-code-dictionaries.js';
import { uniqueRefs } from '../roles/role-search.js';

// A measure kept "until" another party acts: a demand that it act (PLOVER REQUEST).
export const CONDITION_DEMAND: TriggerEntry = {
  id: 'condition-demand',
  pos: 'verb',
  type: 'REQUEST',
  mode: 'change',
  rolesFixed: true,
  // the measure's own party stating its condition makes the demand: no claim of its own on it
  speech: true,
};
// How far after the measure's word "until" may stand ("suspended the treaty with Yia until").
const UNTIL_WINDOW = 12;
// How far after "until" the party may stand ("until the Yian government").
const PARTY_WINDOW = 3;

/**
 * "Xia suspended the treaty until Yia ends its support for the rebels", "the sanctions stay
 * until Yia withdraws": a measure (SANCTION) kept until another party acts demands that it act:
 * REQUEST/change by the measure's actor to the party named right after "until" (a date after
 * "until" names no party: "until March"). The act the condition names is not done: a trigger
 * inside it whose actor is that party is dropped ("until Yia withdraws its troops" is no
 * withdrawal).
 */
export function addConditionDemands(cands: EventCandidate[]): EventCandidate[] {
  const added: EventCandidate[] = [];
  const after = new Map<EventCandidate, EventCandidate>();
  for (const c of cands) {
    if (c.dropped || c.type !== 'SANCTION' || c.actors.length === 0) continue;
    const tokens = c.view.tokens;
    let until = -1;
    for (let k = c.last + 1; k <= c.last + UNTIL_WINDOW && k < tokens.length; k++) {
      const w = tokens[k]?.lower ?? '';
      if (w === 'until' || w === 'till') {
        until = k;
        break;
      }
      if (w === ';' || w === '.') break;
    }
    if (until < 0) continue;
    let party: ActorRef[] = [];
    for (let k = until + 1; k <= until + PARTY_WINDOW && k < tokens.length; k++) {
      const m = c.view.mentionAt.get(k)?.find((x) => x.kind === 'actor');
      if (m?.kind === 'actor') {
        party = [m.actor];
        break;
      }
    }
    const asked = uniqueRefs(party).filter((p) => !c.actors.some((a) => a.code === p.code));
    if (asked.length === 0) continue;
    if (added.some((d) => d.view === c.view && d.first === until)) continue;
    const trigger = triggerOfTokens(c.view, until, until);
    const demand = newCandidate({
      view: c.view,
      entry: CONDITION_DEMAND,
      type: 'REQUEST',
      mode: 'change',
      first: until,
      last: until,
      trigger,
      ruleId: 'trigger/condition-demand',
      passive: false,
      rolesFixed: true,
      actors: [...c.actors],
      recipients: asked,
      notes: [
        `trigger "until" (condition demand -> REQUEST/change): "${c.trigger.text}" is kept until ${asked.map((a) => a.code).join('+')} acts`,
      ],
    });
    added.push(demand);
    after.set(c, demand);
    // the act the condition names is asked for, not done: up to the end of its clause
    let end = until + 1;
    while (end < tokens.length && ![',', ';', '.'].includes(tokens[end]?.lower ?? '')) end++;
    for (const d of cands)
      if (
        d !== c &&
        d.view === c.view &&
        d.first > until &&
        d.first < end &&
        !d.dropped &&
        d.actors.some((a) => asked.some((p) => p.code === a.code))
      ) {
        d.dropped = 'the act a measure waits for ("until X acts") is asked for, not done';
      }
  }
  if (added.length === 0) return cands;
  // each demand right after its measure, so the candidates stay in sentence order
  return cands.flatMap((c) => {
    const d = after.get(c);
    return d ? [c, d] : [c];
  });
}
