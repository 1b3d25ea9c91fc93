import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAtomFeed } from 'feedsmith';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatIncidents } from '../../../src/export/format-incidents.js';
import { PlacesGeoJson } from '../../../src/serve/api/schemas.js';
import { type RunningServer, startServer } from '../../../src/serve/server.js';
import type { SqliteRepository } from '../../../src/store/sqlite-repository.js';
import { openSqliteRepository } from '../../../src/store/sqlite-repository.js';
import { borderStory, hostileStory } from '../story.js';

let dir: string;
let repo: SqliteRepository;
let server: RunningServer;
const get = (path: string) => fetch(`${server.url}${path}`);

// A real server on loopback: the feeds it serves are compared with what the export writes.
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-feeds-'));
  repo = await openSqliteRepository(join(dir, 'store.db'));
  for (const analysis of [...borderStory(), hostileStory()]) await repo.ingest(analysis);
  server = await startServer({ repository: repo, port: 0 });
});

afterAll(async () => {
  await server.close();
  await repo.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('serve and export write GeoJSON and Atom with the same writer', () => {
  it('serves GeoJSON that fits its published schema and matches the export', async () => {
    const served = PlacesGeoJson.parse(await (await get('/api/places.geojson')).json());
    const incidents = (await repo.listIncidents({ limit: 1000 })).items;
    expect(served.features.length + served.leftOut).toBe(incidents.length);
    const exported = JSON.parse(
      formatIncidents(incidents, { format: 'geojson', layout: 'lines', baseUrl: server.url }).text,
    ) as typeof served;
    const byId = <T extends { id: string }>(xs: T[]) =>
      [...xs].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(exported.features)).toEqual(byId(served.features));
    expect(exported.leftOut).toEqual(served.leftOut);
  });

  it('serves a crisis Atom feed whose entries are the ones the export writes for that crisis', async () => {
    const [crisis] = await repo.listCrises();
    if (!crisis) throw new Error('the story makes at least one crisis');
    const served = parseAtomFeed(await (await get(`/crisis/${crisis.id}/feed.atom`)).text());
    const incidents = (
      await repo.listIncidents({ crisisId: crisis.id, limit: 100, order: 'newest' })
    ).items;
    const exported = parseAtomFeed(
      formatIncidents(incidents, { format: 'atom', layout: 'lines', baseUrl: server.url, crisis })
        .text,
    );
    expect(served.entries?.length).toBeGreaterThan(0);
    expect(exported).toEqual(served);
  });
});
