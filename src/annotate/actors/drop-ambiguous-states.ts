import type { ActorMention } from '../../model/index.js';
import type { AmbiguousName } from './actor-dictionaries.js';

/**
 * Drops a state named only by a name another state's part shares ("Georgia" in an article about
 * the USA that never names Tbilisi or Georgians): kept when the article names the state some
 * other way, or never names the other state.
 */
export function dropAmbiguousStates(
  mentions: ActorMention[],
  ambiguous: AmbiguousName[],
): ActorMention[] {
  if (ambiguous.length === 0) return mentions;
  const doubtful = new Set<ActorMention>();
  for (const a of ambiguous) {
    const byName = mentions.filter(
      (m) => m.actor.code === a.code && m.text === a.name && m.ruleId === 'actor/country-name',
    );
    if (byName.length === 0) continue;
    const otherwise = mentions.some((m) => m.actor.code === a.code && m.text !== a.name);
    const other = mentions.some((m) => m.actor.code === a.otherCode);
    if (!otherwise && other) for (const m of byName) doubtful.add(m);
  }
  return doubtful.size === 0 ? mentions : mentions.filter((m) => !doubtful.has(m));
}
