import { loadUnitIndex, unitKind } from '../annotate/quantities/load-units.js';
import type { Event, Quantity } from '../model/index.js';

/**
 * A loss tally: a report that one side's fighters were killed, wounded or are casualties of
 * another side ("some 2,000 Freedonian soldiers have been killed or wounded", "Sylvania says it
 * killed 40 Freedonian soldiers"), with no means of attack named. Such counts are updates of one
 * running total of a war, said again and again at different dates, so their dates are those of
 * the telling: tallies of the same sides are one incident whatever their dates (decision 019).
 * An attack with a means (an air strike, water cannon), losses of civilians ("26 tourists"),
 * captures (a dated act) and a count of the doer's own dead stay dated attacks.
 */

/** Loss units a tally counts: captures are acts of a day, not a running total. */
const TALLY_UNITS = new Set(['killed', 'wounded', 'casualties', 'missing']);

/** Units whose words name fighters ("soldiers", "troops", "servicemen"). */
const FIGHTER_UNITS = new Set(['troops']);

/** Whether a figure counts fighters: a casualty count, or its words name soldiers. */
function countsFighters(q: Quantity): boolean {
  if (q.unit === 'casualties') return true;
  const units = loadUnitIndex();
  const words = q.text.toLowerCase().split(/[^a-z]+/);
  return words.some((w) =>
    (units.byFirstWord.get(w) ?? []).some(
      (p) => p.words.length === 1 && FIGHTER_UNITS.has(p.entry.unit),
    ),
  );
}

/**
 * Whether an event is a loss tally: an attack with no mode, named doers and targets, whose main
 * figure is a loss of fighters that the targets suffered (no party named, or one of them).
 *
 * @example
 * isLossTally({ type: 'ASSAULT', mode: null, ..., quantity: { value: 40, unit: 'killed', text: '40 Freedonian soldiers' } }) // true
 */
export function isLossTally(
  event: Pick<Event, 'type' | 'mode' | 'actors' | 'recipients' | 'quantity'>,
): boolean {
  const q = event.quantity;
  if (event.type !== 'ASSAULT' || event.mode !== null || !q) return false;
  if (event.actors.length === 0 || event.recipients.length === 0) return false;
  if (!TALLY_UNITS.has(q.unit) || unitKind(q.unit, loadUnitIndex()) !== 'losses') return false;
  if (q.party && !event.recipients.some((r) => r.code === q.party!.code)) return false;
  return countsFighters(q);
}
