import type { CueHit, EventCandidate } from '../candidate.js';
import type { CodeContext } from '../context.js';
import { attachCue } from './attach-attributions.js';

// Words that open the next step of a narrated sequence ("Subsequently, at 7am, ...").
const NEXT_STEP =
  /^(?:subsequently|then|later|afterwards|afterward|after\s+that|shortly\s+after(?:wards)?|moments\s+later|minutes\s+later|soon\s+after)\b/i;
// How far on the speaker's account must go on, in sentences.
const ACCOUNT_WINDOW = 5;

// The stated source of a cue, as one key ("PER" or "PER+CHL"), or null for an unnamed source.
function sourceKey(hit: CueHit): string | null {
  if (hit.sourceKind !== 'actor' || hit.sources.length === 0) return null;
  return [...new Set(hit.sources.map((s) => s.code))].sort().join('+');
}

/**
 * "X stated that at 6am Y advanced on the post. Subsequently, at 7am, Y fired shots into the air.
 * ... X said ...": a sentence with no cue of its own that opens the next step of a sequence right
 * after a source's statement, while that source's account goes on within a few sentences (with
 * no other source between), is part of that account. Its events, attributed to no one, take the
 * source's stance from the statement before. A sentence the reporter tells between two quotes
 * without such an opening keeps no source.
 */
export function attachContinuedAccount(
  cands: EventCandidate[],
  { hits }: CodeContext,
): EventCandidate[] {
  const bySentence = new Map<number, CueHit[]>();
  for (const h of hits) {
    const list = bySentence.get(h.view.index);
    if (list) list.push(h);
    else bySentence.set(h.view.index, [h]);
  }
  for (const c of cands) {
    if (c.dropped || c.attributions.length > 0) continue;
    const at = c.view.index;
    if (bySentence.has(at) || !NEXT_STEP.test(c.view.sentence.text.trimStart())) continue;
    const before = bySentence.get(at - 1) ?? [];
    const stated = before.find((h) => h.stance === 'assert' && sourceKey(h) !== null);
    if (!stated || before.some((h) => sourceKey(h) !== sourceKey(stated))) continue;
    if (!accountGoesOn(bySentence, at, sourceKey(stated))) continue;
    attachCue(
      c,
      stated,
      'the next step of the account its speaker gives in the sentence before and goes on with',
    );
  }
  return cands;
}

// Whether the next sentence with a cue, within the window after `at`, has only `key` as source.
function accountGoesOn(bySentence: Map<number, CueHit[]>, at: number, key: string | null): boolean {
  for (let k = at + 1; k <= at + ACCOUNT_WINDOW; k++) {
    const next = bySentence.get(k);
    if (next) return next.every((h) => sourceKey(h) === key);
  }
  return false;
}
