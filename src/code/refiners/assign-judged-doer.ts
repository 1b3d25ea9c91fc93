import type { EventCandidate } from '../candidate.js';
import type { CodeContext } from '../context.js';
import { uniqueRefs } from '../roles/role-search.js';

/**
 * "Xia said the blockade of the port by Yia was illegal": the one judged is the doer of the act
 * the judgment's subject names (the last event told between the speaker's words and the
 * judgment). Where role search gave that act the speaker as its doer (a noun after "said" is
 * read as announced), the speaker is taken off it: a party does not call its own act a violation.
 * An act judged with no doer named ("the sanctions are unjustified") is the last act of its type
 * an earlier sentence told with a doer.
 */
export function assignJudgedDoer(cands: EventCandidate[], ctx: CodeContext): EventCandidate[] {
  for (const c of cands) {
    if (c.entry.id !== 'judged-act' || c.dropped) continue;
    const at = c.trigger.span.start;
    const cues = ctx.hits.filter((h) => h.view === c.view && h.span.end <= at);
    const from = Math.max(c.view.sentence.span.start, ...cues.map((h) => h.span.end));
    const act = cands
      .filter(
        (d) =>
          d !== c &&
          d.view === c.view &&
          !d.dropped &&
          d.entry.id !== 'judged-act' &&
          d.trigger.span.start >= from &&
          d.trigger.span.end <= at,
      )
      .pop();
    if (!act) continue;
    const judges = new Set(c.actors.map((a) => a.code));
    if (act.actors.length > 0 && act.actors.every((a) => judges.has(a.code))) {
      act.notes.push(
        `actors: none — ${act.actors.map((a) => a.code).join('+')} judges the act ("${c.trigger.text}"), it is not its doer`,
      );
      act.actors = [];
    }
    // "the sanctions are unjustified": an act judged with no doer named is the one told before
    const told =
      act.actors.length > 0
        ? act
        : cands
            .filter(
              (d) =>
                d.view.index < c.view.index &&
                !d.dropped &&
                d.type === act.type &&
                d.actors.some((a) => !judges.has(a.code)),
            )
            .pop();
    const judged = (told?.actors ?? []).filter((a) => !judges.has(a.code));
    if (judged.length === 0) continue;
    c.recipients = uniqueRefs(judged);
    c.notes.push(
      `recipients: ${c.recipients.map((r) => r.code).join('+')} — the doer of "${told?.trigger.text ?? ''}", the act judged${told === act ? '' : ' (told before)'}`,
    );
  }
  return cands;
}
