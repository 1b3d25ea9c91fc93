import { wordsTagged } from '../dictionaries/word-lists.js';
import type { Event } from '../model/index.js';

const inForceWords = wordsTagged('treaty-in-force');
const ratifiedWords = wordsTagged('treaty-ratified');
const signedWords = wordsTagged('treaty-signed');

/** The steps of a treaty, each a real-world event of its own: signed, ratified, in force. */
export type TreatyStep = 'signed' | 'ratified' | 'in-force';

type Report = Pick<Event, 'mode' | 'evidence'>;

const isTreatyReport = (e: Report): boolean => e.mode === 'treaty';

/**
 * The step of a treaty a report tells, read from the words of its own sentence; the latest step
 * it names wins ("signed in June, has entered into force" tells the entry into force). Null for
 * a report that is no treaty report or names no step ("under the treaty").
 *
 * @example
 * treatyStep({ mode: 'treaty', evidence: [{ text: 'Sylvania ratified the pact.' }], ... }) // 'ratified'
 */
export function treatyStep(e: Report): TreatyStep | null {
  if (!isTreatyReport(e)) return null;
  const words = new Set((e.evidence[0]?.text ?? '').toLowerCase().match(/[a-z]+/g) ?? []);
  const names = (set: Set<string>): boolean => [...words].some((w) => set.has(w));
  if (names(inForceWords())) return 'in-force';
  if (names(ratifiedWords())) return 'ratified';
  if (names(signedWords())) return 'signed';
  return null;
}

/**
 * Whether two reports may be one event by the treaty step they tell. A treaty's signature, its
 * ratification and its entry into force are three events months apart: chained through undated
 * mentions they became one incident, asserted by the first report of any step. So reports naming
 * different steps stay apart, a mention naming no step joins only another such mention, and a
 * plan that names no treaty (a planned dispatch of troops) never joins a treaty report. Reports
 * of no treaty are not judged here.
 *
 * @example
 * sameTreatyStep(signedReport, ratifiedReport) // false
 */
export function sameTreatyStep(a: Report, b: Report): boolean {
  const ta = isTreatyReport(a);
  const tb = isTreatyReport(b);
  if (!ta && !tb) return true;
  if (ta !== tb) return false;
  return treatyStep(a) === treatyStep(b);
}
