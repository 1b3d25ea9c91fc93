import { z } from 'zod';
import { ActorRef, Evidence, Place, Quantity, When } from './common.js';
import { Attribution, EventType, Modality } from './event.js';

export const ClaimStatus = z.enum([
  'reported',
  'asserted',
  'disputed',
  'denied',
  'confirmed',
  'retracted',
]);
export type ClaimStatus = z.infer<typeof ClaimStatus>;

/** Each status in words, for people: "Confirmed". */
export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  reported: 'Reported',
  asserted: 'Asserted',
  disputed: 'Disputed',
  denied: 'Denied',
  confirmed: 'Confirmed',
  retracted: 'Retracted',
};

/** One attribution of an incident's claim, placed in time and in its article. */
export const ClaimStatement = Attribution.extend({
  eventId: z.string(),
  articleId: z.string(),
  outlet: z.string().nullable(),
  articleUrl: z.string().nullable(),
  published: z.string().nullable(),
});
export type ClaimStatement = z.infer<typeof ClaimStatement>;

/** A figure reported for an incident, by whom and when. */
export const Figure = z.object({
  quantity: Quantity,
  source: ActorRef.nullable(),
  saidOn: z.string().nullable(),
  eventId: z.string(),
  articleId: z.string(),
  evidence: Evidence,
});
export type Figure = z.infer<typeof Figure>;

export const StatusChange = z.object({
  status: ClaimStatus,
  on: z.string().nullable(),
  articleId: z.string(),
  because: z.string(),
});
export type StatusChange = z.infer<typeof StatusChange>;

/** One real-world event as many articles report it. */
export const Incident = z.object({
  id: z.string(),
  crisisId: z.string().nullable(),
  type: EventType,
  mode: z.string().nullable(),
  actors: z.array(ActorRef),
  recipients: z.array(ActorRef),
  place: Place.nullable(),
  when: When.nullable(),
  modality: Modality,
  summary: z.string(),
  eventIds: z.array(z.string()),
  articleIds: z.array(z.string()),
  status: ClaimStatus,
  history: z.array(StatusChange),
  statements: z.array(ClaimStatement),
  figures: z.array(Figure),
  firstReported: z.string().nullable(),
  lastReported: z.string().nullable(),
});
export type Incident = z.infer<typeof Incident>;

/** A storyline: incidents that are one crisis, named from its main actors and place. */
export const Crisis = z.object({
  id: z.string(),
  name: z.string(),
  actors: z.array(z.string()),
  places: z.array(z.string()),
  incidentIds: z.array(z.string()),
  firstDate: z.string().nullable(),
  lastDate: z.string().nullable(),
});
export type Crisis = z.infer<typeof Crisis>;
