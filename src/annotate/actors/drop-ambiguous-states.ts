import type { ActorMention } from '../../model/index.js';
import type { AmbiguousName } from './actor-dictionaries.js';

/**
 * Drops a state named only by a name another state's part shares ("Georgia" in an article about
 * the USA that never names Tbilisi or Georgians): kept when the article names the state some
 * other way, or never names the other state. A short name two states share ("Congo") is read
 * as the other state instead, where the article names that one and not the first otherwise.
 */
export function dropAmbiguousStates(
  mentions: ActorMention[],
  ambiguous: AmbiguousName[],
): ActorMention[] {
  if (ambiguous.length === 0) return mentions;
  // a doubtful mention, with the entry that reads it as the other state (or null: dropped)
  const doubtful = new Map<ActorMention, AmbiguousName | null>();
  for (const a of ambiguous) {
    const byName = mentions.filter(
      (m) => m.actor.code === a.code && m.text === a.name && m.ruleId === 'actor/country-name',
    );
    if (byName.length === 0) continue;
    const otherwise = mentions.some((m) => m.actor.code === a.code && m.text !== a.name);
    const other = mentions.some((m) => m.actor.code === a.otherCode);
    if (!otherwise && other) for (const m of byName) doubtful.set(m, a.otherIsState ? a : null);
  }
  if (doubtful.size === 0) return mentions;
  return mentions.flatMap((m) => {
    if (!doubtful.has(m)) return [m];
    const a = doubtful.get(m);
    return a ? [readAsOther(m, a)] : [];
  });
}

// How an entry read as the other state is marked: "countries:COG->COD".
const READ_AS = '->';

function readAsOther(m: ActorMention, a: AmbiguousName): ActorMention {
  const entry = `${m.entry ?? 'countries'}${READ_AS}${a.otherCode}`;
  return { ...m, entry, actor: { ...m.actor, code: a.otherCode, entry } };
}

/** The state a mention of a shared short name was read as ("Congo" as COD), or null. */
export function stateReadAsOther(m: ActorMention): string | null {
  return m.entry?.includes(READ_AS) ? m.actor.code : null;
}
