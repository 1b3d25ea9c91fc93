import type { Hono } from 'hono';
import { renderError } from '../pages/pages.js';
import { page } from './context.js';

/** What no route answers (404) and what a route throws (500): JSON under /api/, a page elsewhere. */
export function fallbackRoutes(app: Hono): void {
  app.notFound((c) =>
    c.req.path.startsWith('/api/')
      ? c.json({ error: `no such API route: ${c.req.path} (see /api/openapi.json)` }, 404)
      : page(c, renderError(404, 'Not found', 'There is no page at this address.'), 404),
  );
  app.onError((err, c) => {
    process.stderr.write(
      `sitrep serve: ${c.req.method} ${c.req.path}: ${err.stack ?? err.message}\n`,
    );
    return c.req.path.startsWith('/api/')
      ? c.json({ error: 'internal error: see the server log' }, 500)
      : page(
          c,
          renderError(
            500,
            'Something went wrong',
            'The server could not build this page; the error is in its log.',
          ),
          500,
        );
  });
}
