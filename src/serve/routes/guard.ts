import type { Hono } from 'hono';

/** Sent on every response: only our own script and style, no framing, no referrer. */
const SECURITY_HEADERS: Record<string, string> = {
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
