import type { ActorMention, Mention } from '../../model/index.js';
import type { EventCandidate } from '../candidate.js';
import { actorRef, newCandidate } from '../candidate.js';
import type { TriggerEntry } from '../load-code-dictionaries.js';
import type { SentenceView } from '../sentence-view.js';

const LINK =
  /^(?:in|into|to|inside|within|on|at|located|stationed|based|deployed|sent|fighting|now|already|currently|are|were|is|the|russia's|of)$/;
const PRESENCE: TriggerEntry = {
  id: 'troops-present-abroad',
  pos: 'noun',
  type: 'AID',
  mode: 'troops',
  objectActor: true,
  rolesFixed: true,
  presence: true,
};

const OPENERS = /^(?:the|a|an|some|several|many|\d[\d,.]*)$/;

function opposed(view: SentenceView, t: ActorMention): boolean {
  let k = view.tokens.findIndex((tk) => tk.start >= t.span.start) - 1;
  while (k >= 0 && OPENERS.test(view.tokens[k]?.lower ?? '')) k--;
  return view.tokens[k]?.lower === 'against';
}

function countryOf(m: Mention): string | null {
  if (m.kind === 'actor') return m.actor.code.length === 3 ? m.actor.code : null;
  if (m.kind === 'place') return m.place.country;
  return null;
}

/**
 * Foreign troops placed in a country ("North Korean soldiers in Russia's Kursk region") are
 * troops sent by their state to that country: AID/troops, actor = the troops' state.
 */
export function findPresence(view: SentenceView): EventCandidate[] {
  const out: EventCandidate[] = [];
  const troops = view.mentions.filter(
    (m): m is ActorMention => m.kind === 'actor' && m.actor.sector === 'MIL',
  );
  for (const t of troops) {
    const at = view.tokens.findIndex((tk) => tk.start >= t.span.end);
    if (at < 0) continue;
    // "fought against Ukrainian troops in Kursk": an enemy's troops, not an ally's aid
    if (opposed(view, t)) continue;
    for (let i = at; i < Math.min(view.tokens.length, at + 4); i++) {
      const w = view.tokens[i]?.lower ?? '';
      const here = (view.mentionAt.get(i) ?? []).filter(
        (m) => m !== t && (m.kind === 'place' || m.kind === 'actor'),
      );
      const country = here.map(countryOf).find((c) => c !== null && c !== t.actor.code);
      if (country && i > at) {
        const dest = here.find((m) => countryOf(m) === country);
        if (!dest) break;
        const first = view.tokens.findIndex((tk) => tk.start >= t.span.start);
        const recipient =
          dest.kind === 'actor'
            ? actorRef(dest.actor, dest.text, dest.span, dest.actor.entry)
            : actorRef(
                { code: country, sector: null, name: country },
                dest.text,
                dest.span,
                undefined,
              );
        out.push(
          newCandidate({
            view,
            entry: PRESENCE,
            type: 'AID',
            mode: 'troops',
            first,
            last: i,
            trigger: {
              span: { start: t.span.start, end: dest.span.end },
              text: view.sentence.text.slice(
                t.span.start - view.sentence.span.start,
                dest.span.end - view.sentence.span.start,
              ),
            },
            ruleId: 'trigger/presence/troops-abroad',
            passive: false,
            actors: [actorRef(t.actor, t.text, t.span, t.actor.entry)],
            recipients: [recipient],
            notes: [
              `presence: "${t.text}" (${t.actor.code} MIL) placed in "${dest.text}" (${country}): troops sent abroad`,
            ],
          }),
        );
        break;
      }
      if (!LINK.test(w) && !(view.mentionAt.get(i) ?? []).length) break;
    }
  }
  return out;
}
