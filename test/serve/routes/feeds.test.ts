import { describe, expect, it } from 'vitest';
import { serveForTests } from '../served-app.js';
import { borderStory, hostileStory } from '../story.js';

const { get } = serveForTests(() => [...borderStory(), hostileStory()], { pollMs: 50 });

describe('Atom and GeoJSON feeds', () => {
  it('serves an Atom feed for each crisis', async () => {
    const crises = (await (await get('/api/crises')).json()).items as { id: string }[];
    expect(crises.length).toBeGreaterThan(0);
    for (const crisis of crises) {
      const feed = await get(`/crisis/${crisis.id}/feed.atom`);
      expect(feed.headers.get('content-type')).toContain('application/atom+xml');
      expect(await feed.text()).toContain('<entry>');
    }
  });

  it('serves places as GeoJSON points', async () => {
    const res = await get('/api/places.geojson');
    expect(res.headers.get('content-type')).toContain('application/geo+json');
    const geo = await res.json();
    expect(geo.type).toBe('FeatureCollection');
    const cuyuni = geo.features.find(
      (f: { properties: { place: string } }) => f.properties.place === 'Cuyuni River',
    );
    expect(cuyuni.geometry.coordinates).toEqual([-60.6, 6.6]);
  });
});
