import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChangeFeed } from '../../src/serve/live/change-feed.js';
import { openSqliteRepository } from '../../src/store/sqlite-repository.js';
import { borderStory } from './story.js';

describe('live change feed shutdown', () => {
  it('resolves close() only after a poll that is reading the store has finished', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-feed-'));
    const repo = await openSqliteRepository(join(dir, 'store.db'));
    try {
      for (const analysis of borderStory()) await repo.ingest(analysis);
      const feed = new ChangeFeed(repo, (incident) => incident.id, 60_000);
      let pollFinished = false;
      void feed.poll().then(() => {
        pollFinished = true;
      });
      await feed.close();
      // The caller closes the store next: the poll must not still be reading it.
      expect(pollFinished).toBe(true);
      // A notification arriving after close reads nothing.
      await expect(feed.poll()).resolves.toBeUndefined();
    } finally {
      await repo.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
