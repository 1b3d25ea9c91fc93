import { z } from 'zod';
import { ActorRef, Place, Quantity, Span, When } from './common.js';

const base = {
  span: Span,
  text: z.string(),
  /** The rule that found it, e.g. `actor/country-name`. */
  ruleId: z.string(),
  /** The dictionary entry behind it, e.g. `countries:RUS` or `institutions:state-duma`. */
  entry: z.string().optional(),
};

export const ActorMention = z.object({ kind: z.literal('actor'), ...base, actor: ActorRef });
export const PlaceMention = z.object({ kind: z.literal('place'), ...base, place: Place });
export const TimeMention = z.object({
  kind: z.literal('time'),
  ...base,
  /** `null` where the phrase could not be resolved against the publication date. */
  when: When.nullable(),
});
export const QuantityMention = z.object({
  kind: z.literal('quantity'),
  ...base,
  quantity: Quantity,
});

export const Mention = z.discriminatedUnion('kind', [
  ActorMention,
  PlaceMention,
  TimeMention,
  QuantityMention,
]);
export type Mention = z.infer<typeof Mention>;
export type ActorMention = z.infer<typeof ActorMention>;
export type PlaceMention = z.infer<typeof PlaceMention>;
export type TimeMention = z.infer<typeof TimeMention>;
export type QuantityMention = z.infer<typeof QuantityMention>;

/** A sentence of the article, by span; `paragraph` is its paragraph's index. */
export const Sentence = z.object({ span: Span, text: z.string(), paragraph: z.number().int() });
export type Sentence = z.infer<typeof Sentence>;
