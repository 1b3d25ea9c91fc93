/**
 * PLOVER names a state by its ISO 3166 alpha-3 code, and Kosovo, which has none, "KOS" (PLOVER
 * manual, "Country names"). The sources Sitrep builds on write Kosovo otherwise: world-countries
 * with the user-assigned "UNK" (which reads as "unknown"), the Phoenix dictionaries with the
 * World Bank's "KSV". Every code taken from them passes through here.
 */
const PLOVER_STATE_CODES: ReadonlyMap<string, string> = new Map([
  ['UNK', 'KOS'],
  ['KSV', 'KOS'],
]);

/**
 * A state's code as PLOVER writes it.
 *
 * @example
 * ploverStateCode('UNK'); // 'KOS'
 * ploverStateCode('FRA'); // 'FRA'
 */
export function ploverStateCode(code: string): string {
  return PLOVER_STATE_CODES.get(code) ?? code;
}

/**
 * A CAMEO actor code with its leading state code as PLOVER writes it; codes that open with no
 * state ("IGO", "UNO") are left as they are.
 *
 * @example
 * withPloverStateCode('KSVGOV'); // 'KOSGOV'
 */
export function withPloverStateCode(code: string): string {
  const state = PLOVER_STATE_CODES.get(code.slice(0, 3));
  return state === undefined ? code : state + code.slice(3);
}
