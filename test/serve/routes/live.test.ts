import { describe, expect, it } from 'vitest';
import { serveForTests } from '../served-app.js';
import { borderStory, hostileStory } from '../story.js';

const served = serveForTests(() => [...borderStory(), hostileStory()], { pollMs: 50 });
const { get } = served;

describe('live stream', () => {
  it('pushes a change ingested after the stream opened, and replays from Last-Event-ID', async () => {
    const seq = (await (await get('/api/stats')).json()).liveSeq as number;
    const controller = new AbortController();
    const res = await get('/events/stream', { signal: controller.signal });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    const readUntil = async (needle: string) => {
      const until = Date.now() + 5000;
      while (!text.includes(needle) && Date.now() < until) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value);
      }
    };
    await readUntil('event: ready');
    const [late] = borderStory().map((a) => {
      const id = `${a.id.slice(0, 60)}late`;
      return {
        ...a,
        id,
        title: 'A later report',
        text: `${a.text} Later.`,
        url: 'https://wire.example.net/2025/03/15/later',
        events: a.events.map((e) => ({ ...e, id: `${e.id}-late`, articleId: id })),
      };
    });
    await served.repo.ingest(late!);
    await readUntil('event: incident');
    expect(text).toContain('event: incident');
    expect(text).toMatch(/id: \d+/);
    controller.abort();

    const replay = new AbortController();
    const again = await get('/events/stream', {
      signal: replay.signal,
      headers: { 'Last-Event-ID': String(seq) },
    });
    const r2 = again.body!.getReader();
    let t2 = '';
    const until = Date.now() + 5000;
    while (!t2.includes('event: ready') && Date.now() < until) {
      const { value, done } = await r2.read();
      if (done) break;
      t2 += decoder.decode(value);
    }
    expect(t2.indexOf('event: incident')).toBeGreaterThanOrEqual(0);
    expect(t2.indexOf('event: incident')).toBeLessThan(t2.indexOf('event: ready'));
    replay.abort();
  });
});
