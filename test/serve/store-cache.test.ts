import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { serveForTests } from './served-app.js';
import { borderStory } from './story.js';

const served = serveForTests(() => [], { pollMs: 50 });
const text = async (path: string) => (await served.get(path)).text();
const json = async (path: string) => (await served.get(path)).json();

/** What a page says about the store, against what the store says now. */
async function pagesAgreeWithStore(): Promise<void> {
  const stats = await json('/api/stats');
  const home = parseHTML(await text('/')).document;
  expect(home.querySelector('.lede')?.textContent).toContain(`${stats.articles} articles read`);
  for (const crisis of (await json('/api/crises')).items as { id: string }[]) {
    const { total } = await json(`/api/incidents?crisis=${crisis.id}`);
    const page = parseHTML(await text(`/crisis/${crisis.id}`)).document;
    expect(page.querySelector('#timeline-count')?.textContent?.replace(/\s+/g, ' ').trim()).toMatch(
      new RegExp(`^${total} incidents?`),
    );
  }
}

describe('pages read through the store cache', () => {
  it('show what each new ingest adds, at once, however often they were asked before', async () => {
    const story = borderStory();
    for (const analysis of story) {
      await served.repo.ingest(analysis);
      // Twice: the second answer comes from the cache and must still be current.
      await pagesAgreeWithStore();
      await pagesAgreeWithStore();
    }
    expect(story.length).toBeGreaterThan(1);
  });
});
