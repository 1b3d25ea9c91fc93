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
  /** The finder set actors and recipients itself: role search leaves them. */
  rolesFixed?: boolean;
  actors: ActorRef[];
  recipients: ActorRef[];
  modality: Modality;
  when: When | null;
  whenSource: WhenSource | null;
  quantity: Quantity | null;
  place: Place | null;
  attributions: Attribution[];
  /** Other sentences merged into this event. */
  extraEvidence: SentenceView[];
  /** Why each decision was taken, for `--explain`. */
  notes: string[];
  dropped?: string;
}

/** The fields a finder leaves to later rules: asserted, and no date, figure, place or claim yet. */
export function unfilled(): Pick<
  EventCandidate,
  'modality' | 'when' | 'whenSource' | 'quantity' | 'place' | 'attributions' | 'extraEvidence'
> {
  return {
    modality: 'asserted',
    when: null,
    whenSource: null,
    quantity: null,
    place: null,
    attributions: [],
    extraEvidence: [],
  };
}

/** The state a place lies in, as a party named by that place's words. */
export function stateOfPlace(place: Place, country: string): ActorRef {
  return {
    code: country,
    sector: null,
    name: country,
    text: place.text,
    ...(place.span ? { span: place.span } : {}),
  };
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
  sourceFrom: 'before' | 'after';
}
