import type { EventCandidate } from '../candidate.js';
import type { CodeContext } from '../context.js';
import { wordsTagged } from '../../dictionaries/word-lists.js';

const internalMeetings = wordsTagged('may-be-internal');
const PARTNER = new Set(['with', 'between', 'among', 'and']);

// The names of the bodies, padded for a whole-word search: built once per dictionary, not per
// article (most articles hold no meeting of one party to test).
const paddedBodies = new WeakMap<CodeContext['partNouns'], string[]>();
function bodiesOf(partNouns: CodeContext['partNouns']): string[] {
  let bodies = paddedBodies.get(partNouns);
  if (!bodies) {
    bodies = partNouns.flatMap((n) => n.names.map((w) => ` ${w.toLowerCase()} `));
    paddedBodies.set(partNouns, bodies);
  }
  return bodies;
}

/**
 * "the prime minister held a security cabinet meeting": a meeting of one state's own body (a
 * part noun of the sector dictionary: cabinet, parliament, general staff) is that government
 * deliberating. PLOVER's CONSULT is between parties, so such a meeting that, after merging,
 * still has one party and names no partner ("with", "between") is no consultation. A meeting
 * that names no body ("hosted the meeting", "a bilateral meeting") keeps its unnamed guests.
 */
export function dropInternalMeetings(
  cands: EventCandidate[],
  { partNouns }: CodeContext,
): EventCandidate[] {
  return cands.filter((c) => {
    if (c.type !== 'CONSULT' || c.recipients.length > 0) return true;
    if (new Set(c.actors.map((a) => a.code)).size !== 1) return true;
    const at = meetingWordAt(c);
    if (at < 0) return true;
    const words = c.view.tokens.map((t) => t.lower);
    if (words.slice(at + 1, at + 4).some((w) => PARTNER.has(w))) return true;
    // the words before the meeting noun ("security cabinet meeting") and an "of" after it
    const from = c.entry.pos === 'verb' ? c.last + 1 : Math.max(0, at - 3);
    const phrase = ` ${words.slice(from, at).join(' ')} ${ofPhrase(words, at)} `;
    const body = bodiesOf(partNouns).find((b) => phrase.includes(b));
    if (!body) return true;
    c.dropped = 'a meeting of one party';
    c.notes.push(
      `dropped: "${c.view.tokens[at]?.text ?? ''}" of the party's own${body.trimEnd()}, no partner`,
    );
    return false;
  });
}

// the trigger itself or, for a verb ("held a cabinet meeting"), its object a few words on
function meetingWordAt(c: EventCandidate): number {
  const to = c.entry.pos === 'verb' ? Math.min(c.view.tokens.length - 1, c.last + 5) : c.last;
  for (let k = c.first; k <= to; k++)
    if (internalMeetings().has(c.view.tokens[k]?.lower ?? '')) return k;
  return -1;
}

// "a meeting of the cabinet": the words of an "of" phrase right after the meeting noun
function ofPhrase(words: string[], at: number): string {
  if (words[at + 1] !== 'of') return '';
  return words.slice(at + 2, at + 6).join(' ');
}
