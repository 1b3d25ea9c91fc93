import { z } from 'zod';

/** A UTF-16 `[start, end)` range into `Article.text`. */
export const Span = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((s) => s.end >= s.start, { message: 'span end must not precede its start' });
export type Span = z.infer<typeof Span>;

/** A piece of the article's text with where it stands: the trace behind every field. */
export const Evidence = z.object({ span: Span, text: z.string() });
export type Evidence = z.infer<typeof Evidence>;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
export type PartialDate = z.infer<typeof PartialDate>;

export const DatePrecision = z.enum(['day', 'month', 'year']);
export type DatePrecision = z.infer<typeof DatePrecision>;

/** A date as resolved against the article's publication date, with the precision the text gives. */
export const When = z.object({
  date: PartialDate,
  precision: DatePrecision,
  text: z.string(),
  span: Span.optional(),
  /**
   * The page's date, given to an act the text tells in the past with no date and no statement of
   * its own (a background mention): when it happened is unknown, so merges take it as undated.
   */
  fromPage: z.literal(true).optional(),
});
export type When = z.infer<typeof When>;

/** PLOVER sectors, plus the codes Sitrep uses for the parts of a state it names. */
export const Sector = z
  .string()
  .regex(/^[A-Z]{3}$/, 'a three-letter PLOVER sector such as GOV, MIL, LEG');

/**
 * Who acts, is acted on, or speaks. `code`: ISO 3166-1 alpha-3 for states; UNO, EUR, NATO, IGO,
 * NGO and the like for organisations.
 */
export const ActorRef = z.object({
  code: z.string().regex(/^[A-Z]{3,4}$/, 'an actor code such as RUS, PRK, IGO or NATO'),
  sector: Sector.nullable(),
  name: z.string(),
  text: z.string(),
  span: Span.optional(),
  entry: z.string().optional(),
});
export type ActorRef = z.infer<typeof ActorRef>;

export const PlacePrecision = z.enum(['country', 'region', 'city', 'water', 'site']);
export type PlacePrecision = z.infer<typeof PlacePrecision>;

export const Place = z.object({
  name: z.string(),
  country: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullable(),
  lat: z.number().min(-90).max(90).nullable(),
  lon: z.number().min(-180).max(180).nullable(),
  precision: PlacePrecision,
  text: z.string(),
  span: Span.optional(),
  entry: z.string().optional(),
});
export type Place = z.infer<typeof Place>;

export const QuantityQualifier = z.enum([
  'exact',
  'about',
  'up to',
  'more than',
  'at least',
  'fewer than',
  'several',
  'dozens',
  'hundreds',
  'thousands',
  'tens of thousands',
  'hundreds of thousands',
]);
export type QuantityQualifier = z.infer<typeof QuantityQualifier>;

/**
 * A counted figure. `value`: the number, or a range's lower bound ("10,000-12,000" -> 10000),
 * null for amounts without a number ("thousands of troops"); `upper`: a range's upper bound, or
 * the bound of "up to 12,000" (12000); `unit`: from dictionaries/units; `party`: whose troops,
 * dead or jets it counts, where the text or the event says.
 */
export const Quantity = z.object({
  value: z.number().nullable(),
  upper: z.number().nullable().optional(),
  unit: z.string(),
  qualifier: QuantityQualifier,
  party: ActorRef.nullable().optional(),
  text: z.string(),
  span: Span.optional(),
});
export type Quantity = z.infer<typeof Quantity>;
