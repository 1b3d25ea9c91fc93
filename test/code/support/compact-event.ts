import { explainEvents } from '../../../src/code/index.js';
import type { CodeDictionaries } from '../../../src/code/load-code-dictionaries.js';
import type { Event } from '../../../src/model/index.js';
import { analyze } from '../../../src/pipeline.js';
import { buildAnnotated } from './build-annotated.js';

/** `TYPE ACTORS>RECIPIENTS`: an event's type and parties alone. */
export function typeAndParties(e: Event): string {
  return `${e.type} ${e.actors.map((a) => a.code).join('+')}>${e.recipients.map((r) => r.code).join('+')}`;
}

/**
 * A coder for rule tables that prints each event with {@link typeAndParties}: with `dicts`, the
 * code stage on an invented text annotated for tests; without, the shipped pipeline (`analyze`)
 * and its dictionaries. Texts are published on `published`, a Wednesday by default.
 *
 * @example
 * const shipped = partiesCoder();
 * shipped('Estonia seized a Latvian-flagged tanker on Monday.'); // ['COERCE EST>LVA']
 */
export function partiesCoder(
  dicts?: CodeDictionaries,
  published = '2024-11-06',
): (text: string) => string[] {
  return dicts
    ? (text) =>
        explainEvents(buildAnnotated(text, published), dicts, false).events.map(typeAndParties)
    : (text) => analyze(text, { published }).events.map(typeAndParties);
}

/**
 * `TYPE ACTORS>RECIPIENTS [modality] [@date] [#value unit]`: one event on one line, for tables
 * of expected codings. `quantity: false` leaves the figure out, `date: false` the date.
 */
export function compactEvent(
  e: Event,
  options: { quantity?: boolean; date?: boolean } = {},
): string {
  const parts = [typeAndParties(e)];
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

/**
 * A coder for rule tables: codes an invented text (published on `published`, a Wednesday by
 * default) with `dicts` and prints each event with {@link compactEvent} and `options`.
 *
 * @example
 * const code = compactCoder(testDictionaries(), { date: false });
 * code('Freedonian troops shelled Sylvanian troops.'); // ['ASSAULT FRD>SYL']
 */
export function compactCoder(
  dicts: CodeDictionaries,
  options: { quantity?: boolean; date?: boolean } = {},
  published = '2024-11-06',
): (text: string) => string[] {
  return (text) =>
    explainEvents(buildAnnotated(text, published), dicts).events.map((e) =>
      compactEvent(e, options),
    );
}

/**
 * For rule tables: the lines `--explain` prints for an invented text (published on
 * `published`, a Wednesday by default), every sentence's in order.
 */
export function explanationLines(
  dicts: CodeDictionaries,
  published = '2024-11-06',
): (text: string) => string[] {
  return (text) =>
    explainEvents(buildAnnotated(text, published), dicts).explanation.flatMap((s) => s.lines);
}

/** The same lines as one text, a line each: for a test that looks for one note. */
export function explanationNotes(
  dicts: CodeDictionaries,
  published = '2024-11-06',
): (text: string) => string {
  const lines = explanationLines(dicts, published);
  return (text) => lines(text).join('\n');
}
