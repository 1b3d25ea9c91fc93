import type { ActorMention } from '../../model/index.js';
import type { EventCandidate } from '../candidate.js';
import { actorRef, newCandidate } from '../candidate.js';
import type { TriggerEntry } from '../load-code-dictionaries.js';
import { phraseEndAt } from '../roles/noun-phrase-roles.js';
import { tokenIndexAt, type SentenceView } from '../sentence-view.js';

// A state of affairs told by a compound, like troops present: its parties are fixed by the finder.
const BACKING: TriggerEntry = {
  id: 'backed-compound',
  pos: 'noun',
  type: 'SUPPORT',
  mode: null,
  rolesFixed: true,
  presence: true,
};
// The compound's word: "Xia-backed", "Xian-armed".
const BACKING_WORD = /(?:^|-)(?:backed|supported|sponsored|funded|financed|armed)$/;

// The token that ends the compound: "Xia-backed" is one token, "Xia - backed" three.
function compoundEnd(view: SentenceView, first: number): number {
  for (let k = first; k < Math.min(view.tokens.length, first + 4); k++)
    if (BACKING_WORD.test(view.tokens[k]?.lower ?? '')) return k;
  return first;
}

function mentionRef(m: ActorMention) {
  return actorRef(m.actor, m.text, m.span, m.actor.entry);
}

/**
 * "Xia-backed rebels", "Xian-armed militias": the state named before the compound supports the
 * group the phrase names (SUPPORT, actor the state, recipient the group's party where it has
 * one). The state is no party to what the group does (the backer mention is kept apart).
 */
export function findBackers(view: SentenceView): EventCandidate[] {
  return (view.backers ?? []).map((b) => {
    const first = tokenIndexAt(view, b.span.start);
    // the compound's own word, then the rest of the noun phrase it opens
    const last = compoundEnd(view, first);
    const phraseEnd = phraseEndAt(view, view.tokens[last]?.start ?? b.span.start) ?? 0;
    const backed = view.mentions.filter(
      (m): m is ActorMention =>
        m.kind === 'actor' &&
        m.span.start >= (view.tokens[last]?.end ?? 0) &&
        m.span.end <= phraseEnd &&
        m.actor.code !== b.actor.code,
    );
    const end = view.tokens[last]?.end ?? b.span.end;
    return newCandidate({
      view,
      entry: BACKING,
      type: 'SUPPORT',
      mode: null,
      first,
      last,
      trigger: {
        span: { start: b.span.start, end },
        text: view.sentence.text.slice(
          b.span.start - view.sentence.span.start,
          end - view.sentence.span.start,
        ),
      },
      ruleId: 'trigger/presence/backed',
      passive: false,
      actors: [mentionRef(b)],
      recipients: backed.map(mentionRef),
      notes: [
        `backing: "${b.text}" backs ${backed.length > 0 ? backed.map((m) => `"${m.text}"`).join(', ') : 'the group named after it'}`,
      ],
    });
  });
}
