import { loadUnitIndex, unitKind } from '../annotate/quantities/load-units.js';
import type { Event, EventType } from '../model/index.js';

/** Types that send or move something to another party: troops, specialists or arms. */
const DEPLOYMENT_TYPES: readonly EventType[] = ['AID', 'MOBILIZE'];

/** Units that count people in general; any other unit of people counts specialists. */
const GENERAL_PEOPLE = new Set(['troops', 'people']);

/** What a deployment or supply moves. */
export type DeploymentKind = 'troops' | 'specialists' | 'weapons';

/**
 * What a report of a deployment or supply says was sent: specialists when it counts them
 * (sappers, builders: a unit of people other than troops), arms when its mode or a figure says
 * so (containers, shells), troops when its mode or a figure of people says so, else unknown.
 *
 * @example
 * deploymentKind({ type: 'AID', mode: 'troops', quantity: { unit: 'sappers', ... } }) // 'specialists'
 */
export function deploymentKind(
  e: Pick<Event, 'type' | 'mode' | 'quantity' | 'figures'>,
): DeploymentKind | null {
  const units = loadUnitIndex();
  const counted = [e.quantity, ...(e.figures ?? [])].flatMap((q) => (q ? [q.unit] : []));
  const kinds = counted.map((u) => unitKind(u, units));
  if (counted.some((u, i) => kinds[i] === 'people' && !GENERAL_PEOPLE.has(u))) return 'specialists';
  if (e.mode === 'weapons' || kinds.includes('weapons')) return 'weapons';
  if (e.mode === 'troops' || kinds.includes('people')) return 'troops';
  return null;
}

/**
 * Whether two reports may be one deployment or supply by what they moved: troops, specialists
 * and arms are three events (a later dispatch of sappers is not the first deployment of troops,
 * an arms supply is no deployment), and a report that does not say what was sent is one only
 * with another that does not say either, so it never chains two of them together. Reports of
 * other types are not judged here.
 *
 * @example
 * sameDeploymentKind(troopsReport, sappersReport) // false
 */
export function sameDeploymentKind(
  a: Pick<Event, 'type' | 'mode' | 'quantity' | 'figures'>,
  b: Pick<Event, 'type' | 'mode' | 'quantity' | 'figures'>,
): boolean {
  if (!DEPLOYMENT_TYPES.includes(a.type) || !DEPLOYMENT_TYPES.includes(b.type)) return true;
  return deploymentKind(a) === deploymentKind(b);
}
