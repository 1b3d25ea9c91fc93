import { describe, expect, it } from 'vitest';
import { toPlacesGeoJson } from '../../../src/serve/feeds/geojson.js';
import { FREEDONIA, MARSHALL_CITY, counted, incident } from '../../export/invented-incidents.js';

const BASE = 'https://sitrep.example.org';

describe('toPlacesGeoJson: one writer for serve and export', () => {
  it('makes a Feature of every incident with a place, and counts those with none', () => {
    const geo = toPlacesGeoJson(BASE, [
      incident({ id: 'a' }),
      incident({ id: 'b', place: { ...MARSHALL_CITY, name: 'Fort Rufus', lat: -3.5, lon: 170 } }),
      incident({ id: 'no-place', place: null }),
      incident({ id: 'no-coords', place: { ...MARSHALL_CITY, lat: null, lon: null } }),
    ]);
    expect(geo.features.map((f) => [f.id, f.geometry])).toEqual([
      ['a', { type: 'Point', coordinates: [41.25, 12.5] }],
      ['b', { type: 'Point', coordinates: [170, -3.5] }],
      ['no-coords', null],
    ]);
    expect(geo.features[2]?.properties.place).toBe('Marshall City');
    expect(geo).toMatchObject({ unlocated: 1, leftOut: 1 });
  });

  it('never makes a point of an unknown place: (0, 0) is a place without coordinates', () => {
    const geo = toPlacesGeoJson(BASE, [
      incident({ place: { ...MARSHALL_CITY, name: 'Central Province', lat: 0, lon: 0 } }),
    ]);
    expect(geo.features[0]?.geometry).toBeNull();
    expect(geo).toMatchObject({ unlocated: 1, leftOut: 0 });
  });

  it('keeps a real place on the equator or the meridian', () => {
    const geo = toPlacesGeoJson(BASE, [
      incident({ place: { ...MARSHALL_CITY, lat: 0, lon: 9.5 } }),
      incident({ place: { ...MARSHALL_CITY, lat: 51.5, lon: 0 } }),
    ]);
    expect(geo.features.map((f) => f.geometry?.coordinates)).toEqual([
      [9.5, 0],
      [0, 51.5],
    ]);
  });

  it('carries status, figures, article URLs and the claim page under the base URL', () => {
    const geo = toPlacesGeoJson(BASE, [
      incident({ status: 'disputed', figures: [counted(4, 'killed', FREEDONIA)] }),
    ]);
    expect(geo.features[0]?.properties).toMatchObject({
      status: 'disputed',
      precision: 'city',
      actors: ['SYL'],
      recipients: ['FRD'],
      figures: [
        { value: 4, unit: 'killed', qualifier: 'exact', source: 'FRD', saidOn: '2031-05-02' },
      ],
      articleUrls: ['https://herald.example.org/2031/05/clash'],
      url: `${BASE}/claim/inc-frd-1`,
    });
  });
});
