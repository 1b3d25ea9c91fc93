/**
 * Maps Sitrep's figure units to the unit vocabulary of the gold claim timeline
 * (`dev-claims-README.md`: troops, killed, wounded, casualties, captured, jets, Rafales, sites,
 * sappers, builders, containers, vessels, boats), so a figure is compared by what it counts.
 */

/** Sitrep unit (or head word) → the gold's unit, where the two differ. */
const GOLD_UNIT: Readonly<Record<string, string>> = {
  soldiers: 'troops',
  servicemen: 'troops',
  personnel: 'troops',
  injured: 'wounded',
  dead: 'killed',
  deaths: 'killed',
  'killed or wounded': 'casualties',
  aircraft: 'jets',
  'fighter jets': 'jets',
  ships: 'vessels',
  deminers: 'sappers',
  'construction workers': 'builders',
  rafales: 'Rafales',
};

/** The gold unit a Sitrep figure unit stands for (unchanged when it is already one). */
export function toGoldUnit(unit: string): string {
  return GOLD_UNIT[unit.toLowerCase()] ?? unit;
}
