import type { EventCandidate } from '../candidate.js';
import type { CodeContext } from '../context.js';
import { wordsTagged } from '../../dictionaries/word-lists.js';
import { isAnsweredRequest } from './aim-answered-requests.js';

const actVerbs = wordsTagged('carries-event-noun');
/** How far before an event noun the verb that carries it out may stand ("began a long hunger strike"). */
const ACT_WINDOW = 3;

/** The noun is the object of a verb that carries it out ("began a hunger strike"): an act, not a mention. */
function carriedOut(c: EventCandidate): boolean {
  const tokens = c.view.tokens;
  for (let i = c.first - 1; i >= 0 && c.first - i <= ACT_WINDOW; i--) {
    if (actVerbs().has(tokens[i]?.lower ?? '')) return true;
  }
  return false;
}

const YEAR_MS = 366 * 86_400_000;

function isOld(c: EventCandidate, published: string | null): boolean {
  if (c.whenSource !== 'text' || !c.when || !published) return false;
  const when = Date.parse(
    c.when.date.padEnd(10, '-31').replace(/-31$/, c.when.date.length === 4 ? '-12-31' : '-28'),
  );
  const pub = Date.parse(published.slice(0, 10).padEnd(10, '-01'));
  return Number.isFinite(when) && Number.isFinite(pub) && pub - when > YEAR_MS;
}

/**
 * Background is not news: an event dated more than a year before publication ("invaded in
 * February 2022"), and an event noun that stands alone with no date, figure or source of its own
 * ("the Ukrainian offensive"), are dropped. An event noun a verb carries out ("began a hunger
 * strike", "completed their withdrawal") is the act the sentence tells, and stays, as does a request
 * the sentence's act answered ("hosted the talks following requests from Xia").
 */
export function dropBackground(
  cands: EventCandidate[],
  { published }: CodeContext,
): EventCandidate[] {
  return cands.filter((c) => {
    if (isOld(c, published)) {
      c.notes.push(
        `dropped: background, dated ${c.when?.date ?? ''} more than a year before publication`,
      );
      return false;
    }
    const nominal = c.entry.pos === 'noun' && !c.entry.presence;
    // an event noun at the head of its sentence is what the sentence is about: kept
    const heads = c.first <= 2;
    if (
      nominal &&
      !heads &&
      !carriedOut(c) &&
      !isAnsweredRequest(c) &&
      c.extraEvidence.length === 0 &&
      c.whenSource !== 'text' &&
      !c.quantity &&
      c.attributions.length === 0
    ) {
      c.notes.push(
        'dropped: an event noun with no date, figure or source of its own (background mention)',
      );
      return false;
    }
    return true;
  });
}
