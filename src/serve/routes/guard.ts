import type { Hono } from 'hono';
import { renderError } from '../pages/pages.js';
import { page } from './context.js';

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * Middleware for every response: the security headers, and with a public URL set, a 421 for a
 * request naming any other Host. Register before the routes.
 */
export function guardRoutes(app: Hono, publicUrl: string | undefined): void {
  app.use('*', async (c, next) => {
    await next();
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(k, v);
  });
  const publicHost = publicUrl ? new URL(publicUrl).host : null;
  if (publicHost)
    app.use('*', async (c, next) => {
      const host = c.req.header('host')?.toLowerCase();
      if (host !== publicHost) return c.text(`this server answers for ${publicHost} only\n`, 421);
      return next();
    });
}

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
