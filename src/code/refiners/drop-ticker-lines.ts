import { wordsTagged } from '../../dictionaries/word-lists.js';
import type { EventCandidate } from '../candidate.js';
import type { SentenceView } from '../sentence-view.js';

const labels = wordsTagged('ticker-label');

// The most label words before the colon ("BREAKING NEWS:", "ALSO READ:").
const MOST_LABEL_WORDS = 2;

/** Whether the sentence opens with a page label and a colon ("LIVE: ...", "Watch: ..."). */
export function opensWithLabel(view: SentenceView): boolean {
  const tokens = view.tokens;
  for (let k = 0; k < tokens.length && k <= MOST_LABEL_WORDS; k++) {
    const t = tokens[k];
    if (!t) return false;
    if (t.text === ':') return k > 0;
    if (!labels().has(t.lower)) return false;
  }
  return false;
}

/**
 * "LIVE: Xia says ...", "WATCH: ...": a line a page label opens is a ticker or teaser line that
 * links to another story, not the article's news; its acts are dropped. The article's own
 * headline and its first sentence keep theirs, even with a label (a live page's "LIVE: ..."
 * title).
 */
export function dropTickerLines(cands: EventCandidate[]): EventCandidate[] {
  return cands.filter((c) => {
    const view = c.view;
    if (view.headline === true || view.lede === true || !opensWithLabel(view)) return true;
    c.dropped = 'a ticker line';
    c.notes.push('dropped: a labelled ticker line ("LIVE: ...") is the headline of another story');
    return false;
  });
}
