import { loadCodeDictionaries } from '../code/load-code-dictionaries.js';
import type { Attribution, Event } from '../model/index.js';

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

/**
 * The event's attributions as the claim reads them: a doer's assertion of its own strike is its
 * confirmation (once per source), unless that doer also denies it or will not confirm it in the
 * same report.
 *
 * @example
 * claimAttributions(freedoniaStrikeToldByFreedonia)[0].stance // 'confirm'
 */
export function claimAttributions(event: Event): Attribution[] {
  if (!isOwnedStrike(event)) return event.attributions;
  const doers = new Set(event.actors.map((a) => a.code));
  const contesting = new Set(
    event.attributions
      .filter((a) => a.stance === 'deny' || a.stance === 'noncommittal')
      .map((a) => a.source?.code),
  );
  const confirmed = new Set(
    event.attributions.filter((a) => a.stance === 'confirm').map((a) => a.source?.code),
  );
  const out: Attribution[] = [];
  for (const a of event.attributions) {
    const code = a.sourceKind === 'actor' ? a.source?.code : undefined;
    if (a.stance !== 'assert' || !code || !doers.has(code) || contesting.has(code)) {
      out.push(a);
      continue;
    }
    if (confirmed.has(code)) continue;
    confirmed.add(code);
    out.push({ ...a, stance: 'confirm' });
  }
  return out;
}
