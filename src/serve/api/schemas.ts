import { z } from 'zod';
import {
  Article,
  ClaimStatus,
  Crisis,
  Event,
  EventType,
  Incident,
  Mention,
  PartialDate,
} from '../../model/index.js';

/** Form fields left empty arrive as "": treat them as absent. */
function dropEmpty(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== ''));
}

const limit = z.coerce
  .number({ error: 'limit must be a number' })
  .int('limit must be a whole number')
  .min(1, 'limit must be at least 1')
  .max(500, 'limit must be at most 500')
  .default(50)
  .describe('How many items to return (1–500).');
const offset = z.coerce
  .number({ error: 'offset must be a number' })
  .int('offset must be a whole number')
  .min(0, 'offset must not be negative')
  .default(0)
  .describe('How many items to skip.');

/** `2024`, `2024-11` or `2024-11-06`, and a day the calendar has (no month 13, no 31 April). */
function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const last = new Date(Date.UTC(y ?? 0, m, 0)).getUTCDate();
  return d >= 1 && d <= last;
}

const dateParam = (what: string) =>
  z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, `${what} must be a date as YYYY, YYYY-MM or YYYY-MM-DD`)
    .refine(isCalendarDate, `${what} is not a day of the calendar`)
    .describe(`${what} (YYYY-MM-DD)`);

export const PageQuery = z.strictObject({ limit, offset });

export const IncidentQueryShape = z.strictObject({
  crisis: z.string().min(1).max(200).optional().describe('Only incidents of this crisis id.'),
  actor: z
    .string()
    .regex(/^[A-Za-z]{3,4}$/, 'actor must be an actor code such as RUS, PRK or NATO')
    .transform((s) => s.toUpperCase())
    .optional()
    .describe('Only incidents with this actor or recipient code.'),
  type: EventType.optional().describe('PLOVER event type.'),
  status: ClaimStatus.optional().describe('Claim status.'),
  since: dateParam('since').optional(),
  until: dateParam('until').optional(),
  q: z
    .string()
    .min(1)
    .max(200, 'q must be at most 200 characters')
    .optional()
    .describe('Words to find in the evidence.'),
  order: z.enum(['newest', 'oldest']).default('newest'),
  limit,
  offset,
});
/** A date range that ends before it starts matches nothing: say so rather than answer empty. */
export const IncidentQuery = z.preprocess(
  dropEmpty,
  IncidentQueryShape.refine((q) => !q.since || !q.until || q.since <= q.until, {
    message: 'since must not be after until',
    path: ['since'],
  }),
);
export type IncidentQuery = z.infer<typeof IncidentQueryShape>;

export const SearchQueryShape = z.strictObject({
  q: z
    .string({ error: 'q is required: the words to search for' })
    .trim()
    .min(1, 'q must not be empty')
    .max(200),
  limit,
});
export const SearchQuery = z.preprocess(dropEmpty, SearchQueryShape);

export const PlacesQueryShape = z.strictObject({
  crisis: z.string().min(1).max(200).optional().describe('Only places of this crisis id.'),
});
export const PlacesQuery = z.preprocess(dropEmpty, PlacesQueryShape);

export const ApiError = z.object({
  error: z.string(),
  issues: z.array(z.object({ parameter: z.string(), message: z.string() })).optional(),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  });

export const Claim = Incident.pick({
  id: true,
  crisisId: true,
  summary: true,
  status: true,
  history: true,
  statements: true,
  figures: true,
  firstReported: true,
  lastReported: true,
});

export const StoredArticle = z.object({
  article: Article,
  mentions: z.array(Mention),
  events: z.array(Event),
  storedAt: z.string(),
  versions: z.array(z.string()),
});

export const SearchHit = z.object({
  kind: z.enum(['article', 'evidence']),
  articleId: z.string(),
  eventId: z.string().nullable(),
  incidentId: z.string().nullable(),
  title: z.string().nullable(),
  snippet: z.string(),
  published: z.string().nullable(),
});

export const Stats = z.object({
  articles: z.number().int(),
  events: z.number().int(),
  incidents: z.number().int(),
  crises: z.number().int(),
  lastIngestAt: z.string().nullable(),
  liveSeq: z.number().int(),
});

export const PlacesGeoJson = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      id: z.string(),
      geometry: z
        .object({
          type: z.literal('Point'),
          coordinates: z.tuple([z.number(), z.number()]),
        })
        .nullable(),
      properties: z.object({
        incidentId: z.string(),
        crisisId: z.string().nullable(),
        place: z.string(),
        country: z.string().nullable(),
        precision: z.string(),
        type: EventType,
        status: ClaimStatus,
        date: PartialDate.nullable(),
        actors: z.array(z.string()),
        recipients: z.array(z.string()),
        title: z.string(),
        summary: z.string(),
        figures: z.array(
          z.object({
            value: z.number().nullable(),
            unit: z.string(),
            qualifier: z.string(),
            source: z.string().nullable(),
            saidOn: z.string().nullable(),
          }),
        ),
        articleUrls: z.array(z.string()),
        url: z.string(),
      }),
    }),
  ),
  /** Features whose place has no coordinates (geometry null). */
  unlocated: z.number().int(),
  /** Incidents with no place, so no feature. */
  leftOut: z.number().int(),
});

export { Article, Crisis, Event, Incident };
