import { z } from 'zod';
import { ActorRef, Evidence, Place, Quantity, When } from './common.js';

/** PLOVER's sixteen event types. */
export const EventType = z.enum([
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
]);
export type EventType = z.infer<typeof EventType>;

export const Stance = z.enum(['assert', 'deny', 'confirm', 'noncommittal', 'retract']);
export type Stance = z.infer<typeof Stance>;

/**
 * Who carries a claim and how. `actor`: a named, codable source; `unnamed`: "reports say",
 * "sources said"; `outlet`: the outlet states it in its own voice (no source in the text).
 */
export const SourceKind = z.enum(['actor', 'unnamed', 'outlet']);
export type SourceKind = z.infer<typeof SourceKind>;

export const Attribution = z.object({
  sourceKind: SourceKind,
  source: ActorRef.nullable(),
  stance: Stance,
  /** When the source said it, as resolved from the text or the publication date. */
  saidOn: z.string().nullable(),
  /** The cue that set the stance ("said", "denied", "declined to comment"). */
  cue: z.string().nullable(),
  ruleId: z.string(),
  evidence: Evidence,
});
export type Attribution = z.infer<typeof Attribution>;

/**
 * The rule id of an attribution that is a doer's own account of its act, told in general words
 * beside the act the article reports ("said it had taken control measures"): the code stage keeps
 * what the speaker did (assert), the claim status reads it as the accused acknowledging the act.
 */
export const OWN_ACCOUNT_RULE_ID = 'stance/own-account';

/** Whether the text states the event as fact or as something else. */
export const Modality = z.enum([
  'asserted',
  'negated',
  'possible',
  'planned',
  'future',
  'hypothetical',
]);
export type Modality = z.infer<typeof Modality>;

export const Event = z.object({
  id: z.string(),
  articleId: z.string(),
  type: EventType,
  mode: z.string().nullable(),
  context: z.array(z.string()),
  actors: z.array(ActorRef),
  recipients: z.array(ActorRef),
  place: Place.nullable(),
  when: When.nullable(),
  quantity: Quantity.nullable(),
  /** Every figure the event's sentence gives for it, `quantity` (the main one) first. */
  figures: z.array(Quantity).optional(),
  modality: Modality,
  attributions: z.array(Attribution),
  /** The sentences that report it, the fullest first. */
  evidence: z.array(Evidence).min(1),
  /** The words that triggered the event. */
  trigger: Evidence,
  ruleId: z.string(),
  /** One plain sentence saying what happened, for people. */
  summary: z.string(),
});
export type Event = z.infer<typeof Event>;
