import type { EventCandidate } from '../candidate.js';
import type { CodeContext } from '../context.js';
import { tokenIndexAt } from '../sentence-view.js';

// Acts done by saying: condemning, calling for, urging, rejecting.
const SAID_TYPES = new Set(['ACCUSE', 'REQUEST', 'REJECT']);

/**
 * "X strongly condemns the use of cluster munitions by Y on March 3": a statement in the simple
 * present is made as the article reports it, and a date after its verb dates what it speaks of
 * (the use), not the statement. Such a verb takes the publication date over that date. A past
 * verb ("condemned the attack on Monday") is left to the clause's date, which may be its own, and
 * so is a date right after a statement's cue ("..., the agency said Thursday").
 */
export function datePresentStatements(
  cands: EventCandidate[],
  { published, hits }: CodeContext,
): EventCandidate[] {
  if (!published || !/^\d{4}-\d{2}-\d{2}/.test(published)) return cands;
  for (const c of cands) {
    if (!SAID_TYPES.has(c.type) || c.entry.pos !== 'verb' || c.whenSource !== 'text') continue;
    const verb = c.clause?.clause.verb;
    if (!verb || verb.tense !== 'present' || verb.modal || verb.first !== verb.head) continue;
    // the time mention the date came from stands after the verb, in what it speaks of
    const source = c.view.mentions.find(
      (m) => m.kind === 'time' && m.when?.date === c.when?.date && m.text === c.when?.text,
    );
    if (!source || tokenIndexAt(c.view, source.span.start) <= c.last) continue;
    // "..., the agency said Thursday": a date right after a statement's cue is that statement's
    const cueDate = hits.some(
      (h) =>
        h.view === c.view && h.span.end <= source.span.start && source.span.start - h.span.end <= 4,
    );
    if (cueDate) continue;
    const date = published.slice(0, 10);
    c.notes.push(
      `date ${date}: said in the present; "${c.when?.text ?? ''}" dates what it speaks of`,
    );
    c.when = { date, precision: 'day', text: 'publication date' };
    c.whenSource = 'published';
  }
  return cands;
}
