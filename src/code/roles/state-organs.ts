/**
 * The sectors that act for a state: its government, armed forces, police, courts, legislature
 * and intelligence services (CAMEO / PLOVER agent codes). A party of one of these, or the state
 * with no sector, is the state acting.
 */
export const STATE_ORGANS: ReadonlySet<string> = new Set([
  'GOV',
  'MIL',
  'COP',
  'JUD',
  'LEG',
  'SPY',
]);
