import type { Attribution, Event } from '../model/index.js';
import { ownStrikeConfirmers } from './own-strikes.js';
import { struckStateConfirmers } from './unclaimed-attacks.js';

/**
 * A report's attributions as the claim reads them. In one article a party's plain telling of an
 * event is an assertion (format v1); on the claim, the party whose word settles it confirms it
 * (the claim timeline's confirming parties): the doer of a strike it launched (`own-strikes.ts`),
 * the state struck by an attack no party is named for (`unclaimed-attacks.ts`). Such a party's
 * assertion becomes its confirmation, once per source, unless the same party also denies the
 * report or will not confirm it (then it is contesting it).
 *
 * @example
 * claimAttributions(freedoniaStrikeToldByFreedonia)[0].stance // 'confirm'
 */
export function claimAttributions(event: Event): Attribution[] {
  const settles = new Set([...ownStrikeConfirmers(event), ...struckStateConfirmers(event)]);
  if (settles.size === 0) return event.attributions;
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
    if (a.stance !== 'assert' || !code || !settles.has(code) || contesting.has(code)) {
      out.push(a);
      continue;
    }
    if (confirmed.has(code)) continue;
    confirmed.add(code);
    out.push({ ...a, stance: 'confirm' });
  }
  return out;
}
