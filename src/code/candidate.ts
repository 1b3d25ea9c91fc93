import type {
  ActorRef,
  Attribution,
  EventType,
  Modality,
  Place,
  Quantity,
  Span,
  When,
} from '../model/index.js';
import type { ClauseRoles } from './roles/clause-roles.js';
import type { TriggerEntry } from './load-code-dictionaries.js';
import type { SentenceView } from './sentence-view.js';

/** Where an event's date came from: merges only let dates from the text keep events apart. */
export type WhenSource = 'text' | 'said' | 'published';

/** An event as the rules build it, before it becomes an `Event`. */
export interface EventCandidate {
  view: SentenceView;
  entry: TriggerEntry;
  type: EventType;
  mode: string | null;
  /** Token range of the trigger in `view.tokens`. */
  first: number;
  last: number;
  trigger: { span: Span; text: string };
  ruleId: string;
  passive: boolean;
  /** The finder set actors and recipients itself (or its entry declares so): role search leaves them. */
  rolesFixed: boolean;
  actors: ActorRef[];
  recipients: ActorRef[];
  modality: Modality;
  when: When | null;
  whenSource: WhenSource | null;
  quantity: Quantity | null;
  /** Every figure of the event, `quantity` (its main one) first. */
  figures: Quantity[];
  place: Place | null;
  attributions: Attribution[];
  /** Other sentences merged into this event. */
  extraEvidence: SentenceView[];
  /** Why each decision was taken, for `--explain`. */
  notes: string[];
  dropped: string | undefined;
  /** The clause of a verb trigger (subject, verb group with voice, negation and modal), once read. */
  clause: ClauseRoles | null | undefined;
  /** The thing its own phrase aims the act at ("at a cargo ship"), whose owner no rule may guess. */
  aimedAt?: string;
}

/** What a finder decides; the rest is left to later rules. */
export type FoundCandidate = Pick<
  EventCandidate,
  | 'view'
  | 'entry'
  | 'type'
  | 'mode'
  | 'first'
  | 'last'
  | 'trigger'
  | 'ruleId'
  | 'passive'
  | 'actors'
  | 'recipients'
  | 'notes'
> & { rolesFixed?: boolean };

/** The article span and text of a sentence's tokens `first`..`last`: a trigger as it was written. */
export function triggerOfTokens(
  view: SentenceView,
  first: number,
  last: number,
): { span: { start: number; end: number }; text: string } {
  const span = { start: view.tokens[first]?.start ?? 0, end: view.tokens[last]?.end ?? 0 };
  const offset = view.sentence.span.start;
  return { span, text: view.sentence.text.slice(span.start - offset, span.end - offset) };
}

/**
 * A new candidate: asserted, with no date, figure, place or claim yet. Every candidate is built
 * here with its fields in one order, so the rules read objects of one shape (`clause` too: set
 * later, it would give every candidate a second shape once roles are read).
 */
export function newCandidate(found: FoundCandidate): EventCandidate {
  return {
    view: found.view,
    entry: found.entry,
    type: found.type,
    mode: found.mode,
    first: found.first,
    last: found.last,
    trigger: found.trigger,
    ruleId: found.ruleId,
    passive: found.passive,
    rolesFixed: found.rolesFixed ?? found.entry.rolesFixed ?? false,
    actors: found.actors,
    recipients: found.recipients,
    modality: 'asserted',
    when: null,
    whenSource: null,
    quantity: null,
    figures: [],
    place: null,
    attributions: [],
    extraEvidence: [],
    notes: found.notes,
    dropped: undefined,
    clause: undefined,
  };
}

/**
 * A party as the rules pass it on, with its fields in one order whatever it was read from (the
 * rules then read objects of one shape).
 */
export function actorRef(
  who: Pick<ActorRef, 'code' | 'sector' | 'name'>,
  text: string,
  span: Span | undefined,
  entry: string | undefined,
): ActorRef {
  return { code: who.code, sector: who.sector, name: who.name, text, span, entry };
}

/** The state a place lies in, as a party named by that place's words. */
export function stateOfPlace(place: Place, country: string): ActorRef {
  return actorRef(
    { code: country, sector: null, name: country },
    place.text,
    place.span,
    undefined,
  );
}

/** A stance cue found in a sentence, with its sources. */
export interface CueHit {
  view: SentenceView;
  cueId: string;
  stance: Attribution['stance'];
  span: Span;
  text: string;
  sources: ActorRef[];
  sourceKind: 'actor' | 'unnamed';
  saidOn: string | null;
  /** True when the cue's own date came from the text. */
  saidOnFromText: boolean;
  sourceFrom: 'before' | 'after' | 'speaker';
  /** The cue's sources are the speaker a later pronoun or an unsourced sentence refers to. */
  carriesSpeaker: boolean;
  /** The denial is of the speaker's own part in an event, which it disputes only where the speaker is a party. */
  rebutsRole: boolean;
  /** The cue characterises the speaker's own conduct: it speaks to the first act of its the article reports. */
  ownConduct: boolean;
  /** The speaker is police named with no state ("police said"): the police of the event's place. */
  localPolice: boolean;
  /** The speaker honours the dead: it owns to losses, and speaks of attacks only. */
  ownsLosses: boolean;
}
