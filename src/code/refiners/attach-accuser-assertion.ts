import type { EventCandidate } from '../candidate.js';
import type { CodeContext } from '../context.js';

/** Acts an accusation can name as its object: what a party condemns another for doing. */
const ACCUSED_TYPES: ReadonlySet<string> = new Set(['ASSAULT', 'COERCE']);

const codes = (c: EventCandidate, side: 'actors' | 'recipients'): string[] =>
  c[side].map((r) => r.code);

/**
 * An accusation names the act it condemns: "Sylvania condemned Freedonia's shelling of its border
 * posts" codes Sylvania's ACCUSE and, after its trigger in the same sentence, Freedonia's
 * ASSAULT. The accuser says that act happened, so an attack or forcible act that no named source
 * speaks for takes the accuser's assertion (the accusation's trigger is its cue). Only when the
 * act's doer is the one accused and the accuser is not among its doers; a denial or a plan is no
 * accusation of a done act.
 *
 * @example
 * attachAccuserAssertion(cands, '2025-03-02') // the shelling: SYL assert via "condemned"
 */
export function attachAccuserAssertion(
  cands: EventCandidate[],
  { published }: CodeContext,
): EventCandidate[] {
  const accusations = cands.filter(
    (a) => !a.dropped && a.type === 'ACCUSE' && a.modality === 'asserted' && a.actors.length > 0,
  );
  for (const a of accusations) {
    const accuser = a.actors[0]!;
    for (const e of cands) {
      if (e.dropped || e.view !== a.view || e.first <= a.last || e.modality !== 'asserted')
        continue;
      if (!ACCUSED_TYPES.has(e.type)) continue;
      if (!codes(e, 'actors').some((x) => codes(a, 'recipients').includes(x))) continue;
      if (codes(e, 'actors').includes(accuser.code)) continue;
      if (e.attributions.some((x) => x.source !== null)) continue;
      e.attributions.push({
        sourceKind: 'actor',
        source: accuser,
        stance: 'assert',
        saidOn: a.when?.date ?? published?.slice(0, 10) ?? null,
        cue: a.trigger.text,
        ruleId: 'code/accuser-asserts',
        evidence: { span: a.view.sentence.span, text: a.view.sentence.text },
      });
      e.notes.push(
        `attribution: ${accuser.code} assert via "${a.trigger.text}" — the accuser of the act it names`,
      );
      // an act condemned as it is reported is fresh news: the page's date is its own
      if (e.when?.fromPage)
        e.when = { date: e.when.date, precision: e.when.precision, text: e.when.text };
    }
  }
  return cands;
}
