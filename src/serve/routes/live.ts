import type { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { RouteContext } from './context.js';

/**
 * `/events/stream`: Server-Sent Events of the change feed. A `Last-Event-ID` header (or `?since=`)
 * replays what came after it before `ready`; a comment every 15 s keeps idle proxies open.
 */
export function liveRoutes(app: Hono, { feed }: RouteContext): void {
  app.get('/events/stream', (c) => {
    const header = c.req.header('Last-Event-ID') ?? c.req.query('since');
    const since = header !== undefined && /^\d+$/.test(header) ? Number(header) : null;
    return streamSSE(c, async (stream) => {
      const queue: { id: string; event: string; data: string }[] = [];
      let wake: (() => void) | null = null;
      let open = true;
      const { from, unsubscribe } = await feed.subscribe((messages) => {
        queue.push(...messages);
        wake?.();
      });
      stream.onAbort(() => {
        open = false;
        unsubscribe();
        wake?.();
      });
      // Replay first, then `ready` with id=from, so a reconnect resumes after what was sent.
      if (since !== null && since < from)
        for (const m of await feed.replay(since, from)) await stream.writeSSE(m);
      await stream.writeSSE({ event: 'ready', id: String(from), data: String(from), retry: 2000 });
      while (open) {
        if (queue.length === 0) {
          await new Promise<void>((resolve) => {
            wake = resolve;
            setTimeout(resolve, 15_000).unref();
          });
          wake = null;
          if (queue.length === 0 && open) await stream.write(': keep-alive\n\n');
        }
        while (queue.length > 0 && open) {
          const m = queue.shift();
          if (m) await stream.writeSSE(m);
        }
      }
      unsubscribe();
    });
  });
}
