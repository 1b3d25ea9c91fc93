import { loadCodeDictionaries } from '../code/load-code-dictionaries.js';
import type { Event } from '../model/index.js';

/**
 * A state telling of a strike it launched owns to it. In one article its words are an assertion
 * (format v1 codes "Freedonia's defence ministry said its jets struck nine sites" as the doer's
 * `assert`), but on the claim they settle that the strike happened, as a signed treaty does: the
 * claim timeline's confirming parties count a party's own official act as confirmed by that
 * party (decision 012). A claim of what an attack achieved over the other side (jets downed,
 * soldiers killed, a town taken) stays an assertion: only the side that suffered it settles it.
 * The trigger says which it is (`doerOwns`: strike, shell, bomb, target; not shoot down or
 * liberate). A doer that also denies the report or will not confirm it is contesting it.
 */

let owned: Set<string> | undefined;

/** The rule ids of the triggers whose doer's word owns to the act. */
function ownedTriggerRules(): Set<string> {
  owned ??= new Set(
    loadCodeDictionaries()
      .triggers.filter((t) => t.doerOwns === true)
      .map((t) => `trigger/${t.pos}/${t.id}`),
  );
  return owned;
}

/** Whether the event is an attack its doer owns to by telling it (a strike, not a result). */
export function isOwnedStrike(event: Pick<Event, 'type' | 'ruleId'>): boolean {
  return event.type === 'ASSAULT' && ownedTriggerRules().has(event.ruleId);
}

/** The codes whose assertion owns to the event: its doers when it is a strike they launched. */
export function ownStrikeConfirmers(event: Event): Set<string> {
  return isOwnedStrike(event) ? new Set(event.actors.map((a) => a.code)) : new Set();
}
