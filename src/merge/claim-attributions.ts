import type { Attribution, Event } from '../model/index.js';
import { captorWordStance } from './captor-word.js';
import { ownAccountStance } from './own-account-word.js';
import { ownStrikeConfirmers } from './own-strikes.js';
import { treatyPartyStance } from './treaty-party-word.js';
import { struckStateConfirmers } from './unclaimed-attacks.js';

// The rules by which one party's own word on its act settles it, each given the stance the one
// before it left (each turns only an assertion into a confirmation).
const PARTY_WORD_RULES: ((event: Event, a: Attribution) => Attribution['stance'])[] = [
  treatyPartyStance,
  captorWordStance,
  ownAccountStance,
];

/**
 * A report's attributions as the claim reads them. In one article a party's plain telling of an
 * event is an assertion (format v1); on the claim, the party whose word settles it confirms it
 * (the claim timeline's confirming parties): the doer of a strike it launched (`own-strikes.ts`),
 * the state struck by an attack no party is named for (`unclaimed-attacks.ts`), the accused telling
 * its own account of the act in its own words (`own-account-word.ts`), the captor telling of the
 * people it holds (`captor-word.ts`), a party telling of its own treaty step (`treaty-party-word.ts`). Such a party's assertion
 * becomes its confirmation, once per source, unless the same party also denies the report or will
 * not confirm it (then it is contesting it).
 *
 * @example
 * claimAttributions(freedoniaStrikeToldByFreedonia)[0].stance // 'confirm'
 */
export function claimAttributions(event: Event): Attribution[] {
  const attributions = event.attributions.map((a) => {
    const stance = PARTY_WORD_RULES.reduce((s, rule) => rule(event, { ...a, stance: s }), a.stance);
    return stance === a.stance ? a : { ...a, stance };
  });
  const settles = new Set([...ownStrikeConfirmers(event), ...struckStateConfirmers(event)]);
  if (settles.size === 0) return attributions;
  const contesting = new Set(
    attributions
      .filter((a) => a.stance === 'deny' || a.stance === 'noncommittal')
      .map((a) => a.source?.code),
  );
  const confirmed = new Set(
    attributions.filter((a) => a.stance === 'confirm').map((a) => a.source?.code),
  );
  const out: Attribution[] = [];
  for (const a of attributions) {
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
