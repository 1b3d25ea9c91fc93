import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/serve/app.js';
import { openSqliteRepository } from '../../src/store/sqlite-repository.js';
import { codedArticle } from '../code/support/coded-article.js';

describe('claim page figures', () => {
  it('shows a range with both bounds and the party it counts', async () => {
    const repo = await openSqliteRepository(join(mkdtempSync(join(tmpdir(), 'sitrep-cf-')), 'db'));
    await repo.ingest(
      codedArticle(
        'range',
        '2031-03-07',
        'Sylvania said Freedonia sent 10,000-12,000 troops to Sylvania on Friday.',
      ),
    );
    const [incident] = (await repo.listIncidents()).items;
    const sitrep = createApp({ repository: repo, pollMs: 50 });
    try {
      const res = await sitrep.app.request(`/claim/${incident?.id}`);
      expect(res.status).toBe(200);
      const { document } = parseHTML(await res.text());
      const row = Array.from(document.querySelectorAll('table tbody tr')).find((tr) =>
        tr.textContent?.includes('10,000–12,000'),
      );
      const cells = Array.from(row?.querySelectorAll('td') ?? []).map((td) =>
        td.textContent?.trim(),
      );
      expect(cells.slice(2, 4)).toEqual(['10,000–12,000 troops', 'FRD']);
    } finally {
      await sitrep.close();
      await repo.close();
    }
  });
});
