import { z } from 'zod';
import { loadDictionary } from '../dictionaries/load-dictionary.js';
import { EventType, Stance } from '../model/index.js';
import { SectorNoun } from '../annotate/actors/actor-dictionaries.js';
import { loadVendorTriggers } from './vendor-triggers.js';
import { taggedWords, WordTag } from '../dictionaries/word-lists.js';

export const TriggerEntry = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  pos: z.enum(['verb', 'noun']),
  /** Verb lemma, inflected regularly unless `forms` lists every form. */
  lemma: z.string().optional(),
  forms: z.array(z.string()).optional(),
  /** Noun triggers: the words themselves, one token each (the finder reads one token at a time). */
  words: z
    .array(z.string().regex(/^\S+$/, 'one word: a noun trigger is read one token at a time'))
    .optional(),
  type: EventType,
  mode: z.string().nullable(),
  /**
   * One of these words must follow a verb within a few words. "@tag" stands for every word the
   * word lists tag so ("@troop-noun": one list of troop nouns for every verb that moves troops).
   */
  object: z.array(z.string()).optional(),
  /**
   * The object word is a particle of the verb: it follows the verb, with at most adverbs between
   * ("called on", "called publicly for"); "what Xia called retaliation for" is the verb's other
   * sense, naming.
   */
  adjacentObject: z.boolean().optional(),
  /** An object among these makes the verb something else ("provided evidence" is no aid). */
  notObject: z.array(z.string()).optional(),
  /** One of these words must stand near a noun trigger. */
  near: z.array(z.string()).optional(),
  /** One of these words must stand right before a noun trigger, its modifier ("a crushing response"). */
  modifiedBy: z.array(z.string()).optional(),
  /**
   * One of these right after the trigger makes it something else: a noun's modifier ("aid
   * groups" is no aid), a verb's other sense ("moved to", "moved closer").
   */
  notNext: z.array(z.string()).optional(),
  /** The verb takes no object, so it has no passive: "soldiers retreated" is their own act. */
  intransitive: z.boolean().optional(),
  /** One of these right after a passive verb makes it something else ("was met with scepticism"). */
  notNextPassive: z.array(z.string()).optional(),
  /** One of these up to three words before a noun trigger makes it the object of another act ("broke the truce"). */
  notAfter: z.array(z.string()).optional(),
  /** All parties are actors, no recipient (meetings, joint signings, clashes). */
  reciprocal: z.boolean().optional(),
  /** The troops named as object give the actor ("deployed North Korean troops"). */
  objectActor: z.boolean().optional(),
  /** The troops it names as object or passive subject retreat themselves ("troops were withdrawn"). */
  troopsRetreat: z.boolean().optional(),
  /** Takes a complement event ("threatened to ban"): the complement is not coded apart. */
  governs: z.boolean().optional(),
  /** A speech act: its speaker is its actor, not a source of attribution. */
  speech: z.boolean().optional(),
  /**
   * Lays blame: the accusation stays an event (PLOVER's ACCUSE) beside the act it alleges, which
   * the accuser asserts ("X blamed Y for the shelling").
   */
  accusationStays: z.boolean().optional(),
  /**
   * Says what state its subject is in ("X is committed to", "ready to"): the subject acts
   * whatever the voice the tagger reads, as "committed" looks like a passive.
   */
  stateOfSubject: z.boolean().optional(),
  recipientAfter: z.array(z.string()).optional(),
  nominalNeedsActor: z.boolean().optional(),
  /** The party named before the noun suffered the event ("North Korean casualties"). */
  victimBefore: z.boolean().optional(),
  /** Names losses ("casualties", "deaths"): its figures count the lost, never troop strength. */
  countsLosses: z.boolean().optional(),
  /** The reported speaker acts and the subject is asked ("X said Y must go"). */
  speakerActs: z.boolean().optional(),
  /**
   * An act its doer announces as its own (a strike it launched), not a result it claims over the
   * other side (jets downed, ground taken): the doer's own word on it confirms it.
   */
  doerOwns: z.boolean().optional(),
  /**
   * General words that name no particular act ("took control measures"): told by its doer beside
   * an act of its against the same side, it is the doer's word on that act (fold-own-accounts).
   */
  namesNoAct: z.boolean().optional(),
  /** The finder sets actors and recipients itself: role search leaves them. */
  rolesFixed: z.boolean().optional(),
  /**
   * Found from mentions, not from a word: foreign troops placed in a country. The rules that
   * read a trigger word (modality, verb objects, background nouns, unnamed forces) leave it.
   */
  presence: z.boolean().optional(),
  /** Its actors act side by side (fighting alongside an ally): they are allies, their act is one of troops, and it merges only with its own kind. */
  sideBySide: z.boolean().optional(),
  test: z.boolean().optional(),
});
export type TriggerEntry = z.infer<typeof TriggerEntry>;

export const StanceCue = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  pattern: z.string().refine((p) => {
    try {
      new RegExp(p);
      return true;
    } catch {
      return false;
    }
  }, 'not a valid regular expression'),
  stance: Stance,
  /** Where the source stands: before the cue, after it, or the sentence's speaker (the source of its reporting cue). */
  source: z.enum(['before', 'after', 'speaker']),
  unnamedOk: z.boolean().optional(),
  outletVoice: z.boolean().optional(),
  /** The cue denies the speaker's own part ("denied any involvement"), not the event itself. */
  rebutsRole: z.boolean().optional(),
  /**
   * The cue characterises the speaker's own conduct: it speaks to the act of the speaker's that
   * the article reports first. Defending it ("defended its actions") owns to it; calling it
   * restraint ("its forces acted with restraint") denies the force it is accused of.
   */
  ownConduct: z.boolean().optional(),
  /** The speaker honours the dead ("mourned the fallen"): it owns to losses, so it speaks of attacks only. */
  ownsLosses: z.boolean().optional(),
  /** The speaker the cue names after it goes on speaking ("quoted X as saying"): a "he" after it is X. */
  speakerCarries: z.boolean().optional(),
});
export type StanceCue = z.infer<typeof StanceCue>;

export const CodebookEntry = z.object({
  type: EventType,
  summary: z.string(),
  modes: z.array(z.string().regex(/^[a-z-]+$/)),
  /** The doer's own statement that it did this settles it (an official act, not a battlefield claim). */
  ownWordConfirms: z.boolean().optional(),
});
export type CodebookEntry = z.infer<typeof CodebookEntry>;

/** The dictionaries the code stage reads; tests pass invented ones. */
export interface CodeDictionaries {
  triggers: TriggerEntry[];
  cues: StanceCue[];
  codebook: CodebookEntry[];
  /** Parts of a state named after a possessive; none when absent. */
  partNouns?: SectorNoun[];
}

let shipped: CodeDictionaries | undefined;

/**
 * The entry with each "@tag" of its objects replaced by the words the word lists tag so.
 *
 * @example
 * withObjectWords({ ...entry, object: ['@troop-noun', 'service members'] }).object;
 * // ['troops', 'soldiers', ..., 'service members']
 */
export function withObjectWords(e: TriggerEntry): TriggerEntry {
  if (!e.object?.some((w) => w.startsWith('@'))) return e;
  const object = e.object.flatMap((w) => {
    if (!w.startsWith('@')) return [w];
    const tag = WordTag.safeParse(w.slice(1));
    if (!tag.success)
      throw new Error(
        `trigger ${e.id}: object "${w}" names no word tag; use one of ${WordTag.options.join(', ')}`,
      );
    return [...taggedWords(tag.data)];
  });
  return { ...e, object };
}

/**
 * Loads the shipped trigger, stance and codebook dictionaries once. The curated triggers come
 * first; the field's verb patterns add verbs they lack.
 */
export function loadCodeDictionaries(): CodeDictionaries {
  if (shipped) return shipped;
  const curated = loadDictionary('triggers', TriggerEntry, (e) => e.id).entries.map(
    withObjectWords,
  );
  const codebook = loadDictionary('plover-codebook', CodebookEntry, (e) => e.type).entries;
  shipped = {
    triggers: [...curated, ...loadVendorTriggers(curated, codebook)],
    cues: loadDictionary('stance-cues', StanceCue, (e) => e.id).entries,
    codebook,
    partNouns: loadDictionary('actor-sector-nouns', SectorNoun, (e) => e.id).entries,
  };
  return shipped;
}
