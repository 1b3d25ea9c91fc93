import { z } from 'zod';
import { VERSION } from '../../version.js';
import {
  ApiError,
  Article,
  Claim,
  Crisis,
  Event,
  Incident,
  IncidentQueryShape,
  PageQuery,
  PlacesGeoJson,
  PlacesQueryShape,
  SearchHit,
  SearchQueryShape,
  Stats,
  StoredArticle,
  pageOf,
} from './schemas.js';

interface Operation {
  path: string;
  summary: string;
  query?: z.ZodObject;
  response: z.ZodType;
  /** Path parameter names. */
  params?: string[];
}

/** Every JSON route of the API; the OpenAPI document is generated from this list. */
export const API_OPERATIONS: Operation[] = [
  { path: '/api/crises', summary: 'All crises', response: z.object({ items: z.array(Crisis) }) },
  { path: '/api/crises/{id}', summary: 'One crisis', params: ['id'], response: Crisis },
  {
    path: '/api/incidents',
    summary: 'Incidents, filtered and paginated, newest first by default',
    query: IncidentQueryShape,
    response: pageOf(Incident),
  },
  { path: '/api/incidents/{id}', summary: 'One incident', params: ['id'], response: Incident },
  {
    path: '/api/claims',
    summary: 'Claims: incidents with their status history, statements and figures',
    query: IncidentQueryShape,
    response: pageOf(Claim),
  },
  { path: '/api/claims/{id}', summary: 'One claim', params: ['id'], response: Claim },
  { path: '/api/events/{id}', summary: 'One coded event', params: ['id'], response: Event },
  {
    path: '/api/articles',
    summary: 'Stored articles',
    query: PageQuery,
    response: pageOf(Article),
  },
  {
    path: '/api/articles/{id}',
    summary: 'One article with its mentions and events',
    params: ['id'],
    response: StoredArticle,
  },
  {
    path: '/api/search',
    summary: 'Full-text search over articles and evidence',
    query: SearchQueryShape,
    response: z.object({ query: z.string(), items: z.array(SearchHit) }),
  },
  { path: '/api/stats', summary: 'Store statistics', response: Stats },
  {
    path: '/api/places.geojson',
    summary: 'Incident places as GeoJSON points',
    query: PlacesQueryShape,
    response: PlacesGeoJson,
  },
];

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const s = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    target: 'draft-2020-12',
  }) as Record<string, unknown>;
  delete s.$schema;
  return s;
}

/** The OpenAPI 3.1 document of the JSON API, generated from the zod schemas. */
export function buildOpenApi(): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  const error = { 'application/json': { schema: jsonSchema(ApiError, 'output') } };
  for (const op of API_OPERATIONS) {
    const parameters = [
      ...(op.params ?? []).map((name) => ({
        name,
        in: 'path',
        required: true,
        schema: { type: 'string' },
      })),
      ...Object.entries(op.query?.shape ?? {}).map(([name, field]) => {
        const schema = jsonSchema(field as z.ZodType, 'input');
        const { description, ...rest } = schema;
        return {
          name,
          in: 'query',
          required: !(field as z.ZodType).safeParse(undefined).success,
          ...(typeof description === 'string' ? { description } : {}),
          schema: rest,
        };
      }),
    ];
    paths[op.path] = {
      get: {
        summary: op.summary,
        ...(parameters.length > 0 ? { parameters } : {}),
        responses: {
          '200': {
            description: 'OK',
            content: {
              [op.path.endsWith('.geojson') ? 'application/geo+json' : 'application/json']: {
                schema: jsonSchema(op.response, 'output'),
              },
            },
          },
          ...(op.query
            ? { '400': { description: 'A query parameter is invalid', content: error } }
            : {}),
          ...(op.params ? { '404': { description: 'Not found', content: error } } : {}),
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Sitrep API',
      version: VERSION,
      description: 'Crises, incidents, claims, events and articles of a Sitrep store.',
    },
    paths,
  };
}
