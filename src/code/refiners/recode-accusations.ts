import type { Attribution } from '../../model/index.js';
import type { EventCandidate } from '../candidate.js';
import type { CodeContext } from '../context.js';
import { findTriggerAt } from '../finders/find-triggers.js';
import { findActorsAfter, uniqueRefs } from '../roles/role-search.js';

const REBUTTAL =
  /^(?:disinformation|lies|lying|propaganda|fabrications?|smears?|smearing|slander|fake|misinformation|provocations?)$/;
// determiners, auxiliaries and adverbs ("of actively supporting") before the act named
const SKIP = /^(?:the|a|an|its|their|his|her|having|being|[a-z]+ly)$/;

/**
 * The accuser's assert of what an accusation alleges, one claim per accuser; an accuser no code
 * names ("local volunteers accused Xia of ...", "Xia was accused of ...") is an unnamed source:
 * the outlet reports an allegation, it does not state the act.
 */
export function accuserClaims(c: EventCandidate, published: string | null): Attribution[] {
  const claim = (
    sourceKind: Attribution['sourceKind'],
    source: Attribution['source'],
  ): Attribution => ({
    sourceKind,
    source,
    stance: 'assert',
    saidOn: published ? published.slice(0, 10) : null,
    cue: c.trigger.text,
    ruleId: 'stance/accusation',
    evidence: { span: c.view.sentence.span, text: c.view.sentence.text },
  });
  if (c.actors.length === 0) return [claim('unnamed', null)];
  return c.actors.map((source) => claim('actor', source));
}

/**
 * "X accused Y of ramming Z" is the ramming by Y, asserted by X: an accusation whose content is
 * an event becomes that event with the accuser's assert, and no ACCUSE item is kept, unless the
 * trigger lays blame (`accusationStays`: "X blamed Y for the shelling"), which PLOVER codes as
 * ACCUSE: that item stays before the alleged event.
 */
export function recodeAccusations(
  cands: EventCandidate[],
  { triggerIndex: index, published }: CodeContext,
): EventCandidate[] {
  const out: EventCandidate[] = [];
  for (const c of cands) {
    if (c.type !== 'ACCUSE' || c.mode !== 'allege' || c.recipients.length === 0) {
      out.push(c);
      continue;
    }
    const accused = c.recipients[c.recipients.length - 1];
    const from = c.view.tokens.findIndex(
      (t) => t.start >= (accused?.span?.end ?? c.trigger.span.end),
    );
    let k = from;
    while (k >= 0 && k < from + 4 && !['of', 'for'].includes(c.view.tokens[k]?.lower ?? '')) k++;
    if (k < 0 || k >= from + 4) {
      out.push(c);
      continue;
    }
    k++;
    while (
      SKIP.test(c.view.tokens[k]?.lower ?? '') ||
      /^["“‘']$/.test(c.view.tokens[k]?.text ?? '')
    )
      k++;
    // "accused X of disinformation": a rebuttal, carried by a deny cue, not an accusation item
    if (REBUTTAL.test(c.view.tokens[k]?.lower ?? '')) {
      c.notes.push('dropped: a rebuttal ("of disinformation"), not an accusation of an event');
      continue;
    }
    const inner = findTriggerAt(c.view, k, index);
    if (!inner || inner.type === 'ACCUSE') {
      out.push(c);
      continue;
    }
    inner.actors = c.recipients;
    inner.recipients = uniqueRefs(
      findActorsAfter(inner.view, inner.last, new Set(), 8).map((a) => a.ref),
    )
      .filter((r) => !inner.actors.some((a) => a.code === r.code))
      .slice(0, 1);
    inner.modality = c.modality;
    inner.attributions.push(...accuserClaims(c, published));
    inner.notes.push(
      `accusation: "${c.trigger.text}" by ${c.actors.map((a) => a.code).join('+') || '?'} carries this event; the accuser asserts it`,
    );
    c.notes.push(`recoded as the event it alleges ("${inner.trigger.text}")`);
    // "X blamed Y for Z": laying blame is itself an accusation, kept beside what it alleges
    if (c.entry.accusationStays === true) out.push(c);
    out.push(inner);
  }
  return out;
}
