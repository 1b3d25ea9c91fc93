import type { Annotated, Event } from '../model/index.js';
import { buildEvent } from './build-event.js';
import type { CueHit, EventCandidate } from './candidate.js';
import { codeContext, type CodeContext } from './context.js';
import { loadCodeDictionaries, type CodeDictionaries } from './load-code-dictionaries.js';
import { CODE_PIPELINE, type CodePipeline } from './pipeline.js';
import type { SentenceView } from './sentence-view.js';

/** What `--explain` prints for one sentence: every rule that fired and why. */
export interface SentenceExplanation {
  index: number;
  text: string;
  lines: string[];
}

export interface CodeResult {
  events: Event[];
  explanation: SentenceExplanation[];
  /** The names of the steps run, finders then refiners, in order. */
  steps: string[];
}

/**
 * Codes events and says why: the finders of the pipeline on each sentence, then its refiners in
 * order, each candidate carrying its notes and, once dropped, the name of the refiner that did it.
 *
 * @example
 * const { events, explanation } = explainEvents(annotateArticle(article));
 */
export function explainEvents(
  annotated: Annotated,
  dicts: CodeDictionaries = loadCodeDictionaries(),
  withExplanation = true,
  pipeline: CodePipeline = CODE_PIPELINE,
): CodeResult {
  const ctx = codeContext(annotated, dicts);
  let cands = ctx.views.flatMap((v) => findIn(v, ctx, pipeline));
  const all = cands;
  const droppedBy = new Map<EventCandidate, string>();
  for (const step of pipeline.refiners) {
    const before = withExplanation ? cands.slice() : [];
    cands = step.run(cands, ctx);
    for (const c of before) if (c.dropped && !droppedBy.has(c)) droppedBy.set(c, step.name);
  }
  const events = cands.map((c, n) => buildEvent(c, annotated.id, n + 1));
  return {
    events,
    explanation: withExplanation
      ? explain(ctx.views, [...new Set([...all, ...cands])], ctx.hits, droppedBy)
      : [],
    steps: [...pipeline.finders, ...pipeline.refiners].map((s) => s.name),
  };
}

// The finders on one sentence, in order; a finder that supersedes a type drops the earlier
// candidates of that type whose trigger starts inside one of its own.
function findIn(view: SentenceView, ctx: CodeContext, pipeline: CodePipeline): EventCandidate[] {
  let found: EventCandidate[] = [];
  for (const finder of pipeline.finders) {
    const own = finder.run(view, ctx);
    const type = finder.supersedes;
    if (type && own.length > 0)
      found = found.filter(
        (c) => c.type !== type || !own.some((j) => c.first >= j.first && c.first <= j.last),
      );
    found.push(...own);
  }
  return found;
}

function explain(
  views: SentenceView[],
  all: EventCandidate[],
  hits: CueHit[],
  droppedBy: Map<EventCandidate, string>,
): SentenceExplanation[] {
  return views
    .map((v) => {
      const lines: string[] = [];
      for (const h of hits.filter((x) => x.view === v))
        lines.push(
          `cue "${h.text}" (stance/${h.cueId}, ${h.stance}): source ${h.sourceKind === 'unnamed' ? '(unnamed)' : h.sources.map((s) => `${s.code} ("${s.text}")`).join(', ')}${h.saidOn ? `, said on ${h.saidOn}` : ''}`,
        );
      for (const c of all.filter((x) => x.view === v)) {
        lines.push(...c.notes.map((n, i) => (i === 0 ? n : `  ${n}`)));
        if (c.dropped && c.dropped !== 'merged')
          lines.push(`  dropped by ${droppedBy.get(c) ?? 'a finder'}: ${c.dropped}`);
      }
      return { index: v.index, text: v.sentence.text, lines };
    })
    .filter((s) => s.lines.length > 0);
}

/**
 * Codes the PLOVER events of an annotated article, with their attributions.
 *
 * @example
 * const events = codeEvents(annotateArticle(extractArticle(raw)));
 */
export function codeEvents(annotated: Annotated): Event[] {
  return explainEvents(annotated, loadCodeDictionaries(), false).events;
}
