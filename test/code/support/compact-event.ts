import type { Event } from '../../../src/model/index.js';

/**
 * `TYPE ACTORS>RECIPIENTS [modality] [@date] [#value unit]`: one event on one line, for tables
 * of expected codings. `quantity: false` leaves the figure out, `date: false` the date.
 */
export function compactEvent(
  e: Event,
  options: { quantity?: boolean; date?: boolean } = {},
): string {
  const parts = [
    `${e.type} ${e.actors.map((a) => a.code).join('+')}>${e.recipients.map((r) => r.code).join('+')}`,
  ];
  if (e.modality !== 'asserted') parts.push(e.modality);
  if (e.when && options.date !== false) parts.push(`@${e.when.date}`);
  if (e.quantity && options.quantity !== false)
    parts.push(`#${e.quantity.value ?? e.quantity.qualifier} ${e.quantity.unit}`);
  return parts.join(' ');
}

/** An event without its date or figure, then who says what of it: "ASSAULT SYL>: FRD assert". */
export function compactEventWithClaims(e: Event): string {
  const claims = e.attributions.map((a) => `${a.source?.code ?? '?'} ${a.stance}`).join(', ');
  return `${compactEvent(e, { quantity: false, date: false })}: ${claims}`;
}
