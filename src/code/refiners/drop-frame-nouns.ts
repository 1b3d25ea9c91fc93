import type { EventCandidate } from '../candidate.js';

// Prepositions that set a time frame: "during its offensive", "amid the war".
const FRAMES = new Set(['during', 'amid', 'amidst']);
const WINDOW = 6;

/**
 * A war or attack noun that frames the time of another act ("has become an ally during its
 * offensive, sending troops", "seized during an offensive") is background, not news of its own.
 */
export function dropFrameNouns(cands: EventCandidate[]): EventCandidate[] {
  const withVerbs = new Set(cands.filter((o) => o.entry.pos === 'verb').map((o) => o.view));
  return cands.filter((c) => {
    if (c.entry.pos !== 'noun' || c.type !== 'ASSAULT') return true;
    // "during a meeting, X said": with no other act in the sentence, the framed one is the news
    if (!withVerbs.has(c.view)) return true;
    for (let k = c.first - 1; k >= Math.max(0, c.first - WINDOW); k--) {
      const w = c.view.tokens[k]?.lower ?? '';
      if (/^[,;:()"“”]$/.test(w)) return true;
      if (!FRAMES.has(w)) continue;
      c.notes.push(`dropped: "${w} ... ${c.trigger.text}" frames the time of the report`);
      c.dropped = 'a time frame';
      return false;
    }
    return true;
  });
}
