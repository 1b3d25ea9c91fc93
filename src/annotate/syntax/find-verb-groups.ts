import { BE_FORMS, GET_FORMS, MODALS, NEGATORS, PAST_AUX } from '../english/closed-class.js';
import type { TaggedWord } from './tag-words.js';

/** What a verb group's form says of its time and finiteness. */
export type Tense = 'past' | 'present' | 'future' | 'infinitive' | 'participle' | 'gerund';

/** Auxiliaries, negation and the main verb of one clause ("has not been sent"). */
export interface VerbGroup {
  first: number;
  last: number;
  /** The main verb (the last auxiliary for a copula: "is"). */
  head: number;
  lemma: string;
  voice: 'active' | 'passive';
  negated: boolean;
  /** The modal auxiliary, lower-cased ("would", "could"), or null. */
  modal: string | null;
  tense: Tense;
}

const FLOATING = new Set(['all', 'both', 'each']);

// A part of a hyphen compound ("war-torn") is no verb of a clause.
function isCompound(words: TaggedWord[], i: number): boolean {
  const w = words[i];
  if (!w) return false;
  const after = words[i + 1];
  const before = words[i - 1];
  return (
    (after?.text === '-' && after.start === w.end) ||
    (before?.text === '-' && before.end === w.start)
  );
}

function isVerbal(w: TaggedWord | undefined): boolean {
  return w !== undefined && (w.pos === 'VERB' || w.pos === 'AUX');
}

function isNegator(w: TaggedWord | undefined): boolean {
  return (
    w !== undefined && (NEGATORS.has(w.lower) || w.lower.endsWith("n't") || w.lower.endsWith('n’t'))
  );
}

// A past participle: a form that differs from its lemma and is not the "-ing" or "-s" form.
function isParticiple(w: TaggedWord): boolean {
  return (
    w.lower !== w.lemma &&
    !w.lower.endsWith('ing') &&
    !(w.lower === `${w.lemma}s` || w.lower === `${w.lemma}es`)
  );
}

/**
 * "has been put", "was hit": a verb whose participle is its base form, after a form of "be" (or
 * "get"), is that participle; no base form follows "be" in a clause of its own. Not before "to":
 * "is set to go" tells a plan, not something done to the subject.
 */
function baseParticiple(words: TaggedWord[], head: number): boolean {
  const h = words[head];
  if (!h || h.lower !== h.lemma || h.lower.endsWith('ing')) return false;
  return words[head + 1]?.lower !== 'to';
}

// The group's first form decides its time: "will" future, "was"/"had"/"-ed" past.
function tenseOf(
  words: TaggedWord[],
  first: number,
  head: number,
  infinitive: boolean,
  modal: string | null,
): Tense {
  if (infinitive) return 'infinitive';
  if (modal && MODALS.get(modal) === 'future') return 'future';
  const lead = words[first];
  if (!lead) return 'present';
  if (first === head && lead.pos === 'VERB') {
    if (lead.lower.endsWith('ing')) return 'gerund';
    return isParticiple(lead) ? 'past' : 'present';
  }
  return PAST_AUX.has(lead.lower) || lead.lower === 'would' || lead.lower === 'could'
    ? 'past'
    : 'present';
}

/**
 * The verb groups of a sentence: runs of auxiliaries, adverbs and negation ending in a main verb,
 * "to" + verb for infinitives. Each with its lemma, voice (a form of "be"/"get" before a past
 * participle is passive), negation, modal and tense.
 */
export function findVerbGroups(words: TaggedWord[]): VerbGroup[] {
  const groups: VerbGroup[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i];
    if (!w) break;
    const infinitive = w.lower === 'to' && w.pos === 'PART' && !isCompound(words, i + 1);
    if ((!isVerbal(w) && !infinitive) || isCompound(words, i)) {
      i++;
      continue;
    }
    const first = i;
    let head = -1;
    let modal: string | null = null;
    let negated = false;
    let passiveAux = false;
    let j = infinitive ? i + 1 : i;
    for (; j < words.length; j++) {
      const x = words[j];
      if (!x) break;
      if (isNegator(x) && x.pos !== 'DET') {
        negated = true;
        continue;
      }
      // "were all targeted", "have both signed": adverbs and floating quantifiers inside the group
      const inside = x.pos === 'ADV' || (x.pos === 'DET' && FLOATING.has(x.lower));
      if (inside && j > i && (isVerbal(words[j + 1]) || isNegator(words[j + 1]))) continue;
      if (x.pos === 'AUX') {
        if (MODALS.has(x.lower) && !modal) modal = x.lower;
        passiveAux = BE_FORMS.has(x.lower) || GET_FORMS.has(x.lower);
        head = j;
        // a copula ends the group unless a verb or another auxiliary follows
        let k = j + 1;
        while (
          words[k]?.pos === 'ADV' ||
          isNegator(words[k]) ||
          FLOATING.has(words[k]?.lower ?? '')
        )
          k++;
        if (!isVerbal(words[k])) break;
        continue;
      }
      if (x.pos === 'VERB') {
        if (GET_FORMS.has(x.lower) && words[j + 1]?.pos === 'VERB') {
          passiveAux = true;
          continue;
        }
        head = j;
        break;
      }
      break;
    }
    if (head < 0) {
      i = Math.max(i + 1, j);
      continue;
    }
    const h = words[head] as TaggedWord;
    const last = head;
    const voice =
      passiveAux && h.pos === 'VERB' && (isParticiple(h) || baseParticiple(words, head))
        ? 'passive'
        : 'active';
    groups.push({
      first,
      last,
      head,
      lemma: h.lemma,
      voice,
      negated,
      modal,
      tense: tenseOf(words, infinitive ? first + 1 : first, head, infinitive, modal),
    });
    i = last + 1;
  }
  return groups;
}

/** Whether the word is a past participle (for reduced passives: "troops sent by Freedonia"). */
export function isPastParticiple(w: TaggedWord): boolean {
  return w.pos === 'VERB' && isParticiple(w);
}
