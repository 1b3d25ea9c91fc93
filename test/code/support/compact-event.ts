import type { Event } from '../../../src/model/index.js';

/**
 * `TYPE ACTORS>RECIPIENTS [modality] [@date] [#value unit]`: one event on one line, for tables
 * of expected codings. `quantity: false` leaves the figure out.
 */
export function compactEvent(e: Event, options: { quantity?: boolean } = {}): string {
  const parts = [
    `${e.type} ${e.actors.map((a) => a.code).join('+')}>${e.recipients.map((r) => r.code).join('+')}`,
  ];
  if (e.modality !== 'asserted') parts.push(e.modality);
  if (e.when) parts.push(`@${e.when.date}`);
  if (e.quantity && options.quantity !== false)
    parts.push(`#${e.quantity.value ?? e.quantity.qualifier} ${e.quantity.unit}`);
  return parts.join(' ');
}
