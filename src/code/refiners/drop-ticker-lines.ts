import { wordsTagged } from '../../dictionaries/word-lists.js';
import type { Mention } from '../../model/index.js';
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

// A ticker line: one a label opens that is neither the headline nor the first sentence.
function isTickerLine(view: SentenceView): boolean {
  return view.headline !== true && view.lede !== true && opensWithLabel(view);
}

/**
 * The mentions that stand outside ticker lines: a state a line of another story names ("LIVE:
 * Xia strikes Yia") is no party of this article, and no count of its parties may take it.
 */
export function outsideTickerLines<M extends Mention>(mentions: M[], views: SentenceView[]): M[] {
  const lines = views.filter(isTickerLine).map((v) => v.sentence.span);
  if (lines.length === 0) return mentions;
  return mentions.filter(
    (m) => !lines.some((l) => l.start <= m.span.start && m.span.start < l.end),
  );
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
    if (!isTickerLine(view)) return true;
    c.dropped = 'a ticker line';
    c.notes.push('dropped: a labelled ticker line ("LIVE: ...") is the headline of another story');
    return false;
  });
}
