import type { EventCandidate } from '../candidate.js';
import type { CodeContext } from '../context.js';
import { findTriggerAt } from '../finders/find-triggers.js';
import { findActorsAfter, uniqueRefs } from '../roles/role-search.js';
import { accuserClaims } from './recode-accusations.js';

// where the list of acts an accusation names ends: a new clause or sentence part
const END = new Set([';', ':', '.', 'which', 'who', 'that', 'while', 'but', 'as', 'after', '—']);
const REACH = 12;

/**
 * "Xia accused Yia of shelling villages and raiding border posts": every act of the list the
 * accusation names is the accused's act, asserted by the accuser, not only the first (which
 * `recode-accusations` recodes after this rule). A gerund after "and", a comma or "by" that
 * continues the list takes the accused as its actor and the accusation's modality and claims;
 * the clause layer reads it as coordinated with the accusing verb, whose subject is the accuser.
 */
export function recodeAccusedCoordinates(
  cands: EventCandidate[],
  { triggerIndex, published }: CodeContext,
): EventCandidate[] {
  const added: EventCandidate[] = [];
  for (const c of cands) {
    if (c.type !== 'ACCUSE' || c.mode !== 'allege' || c.dropped) continue;
    const accused = c.recipients;
    const start = listStart(c);
    if (accused.length === 0 || start < 0) continue;
    for (const at of listedGerunds(c, start)) {
      const existing = cands.find((d) => d.view === c.view && d.first === at && !d.dropped);
      const act = existing ?? findTriggerAt(c.view, at, triggerIndex);
      if (!act || act.type === 'ACCUSE') continue;
      act.actors = accused;
      act.recipients = uniqueRefs(
        findActorsAfter(act.view, act.last, new Set(), 8).map((a) => a.ref),
      )
        .filter((r) => !accused.some((a) => a.code === r.code))
        .slice(0, 1);
      act.modality = c.modality;
      act.attributions = accuserClaims(c, published);
      act.notes.push(
        `accusation: listed after "${c.trigger.text}" ${accused.map((a) => a.code).join('+')} of, so the accused acts`,
      );
      if (!existing) added.push(act);
    }
  }
  return added.length === 0 ? cands : [...cands, ...added];
}

// The word after the "of" / "for" that follows the accused ("accused Yia of shelling"), or -1.
function listStart(c: EventCandidate): number {
  const accused = c.recipients[c.recipients.length - 1];
  const from = c.view.tokens.findIndex(
    (t) => t.start >= (accused?.span?.end ?? c.trigger.span.end),
  );
  for (let k = from; k >= 0 && k < from + 4; k++)
    if (['of', 'for'].includes(c.view.tokens[k]?.lower ?? '')) return k + 1;
  return -1;
}

// The gerunds that continue the list after its first act: ", raiding", "and capturing", "by
// assaulting"; the first (right after "of") is recode-accusations' own.
function listedGerunds(c: EventCandidate, start: number): number[] {
  const words = c.view.tokens.map((t) => t.lower);
  const out: number[] = [];
  let last = start;
  for (let k = start + 1; k < words.length && k - last <= REACH; k++) {
    const w = words[k] ?? '';
    if (END.has(w)) break;
    if (w !== 'and' && w !== ',' && w !== 'by') continue;
    let g = k + 1;
    if (words[g] === 'and') g++;
    if (/ly$/.test(words[g] ?? '')) g++;
    if (!/^[a-z]+ing$/.test(words[g] ?? '')) continue;
    out.push(g);
    last = g;
    k = g;
  }
  return out;
}
