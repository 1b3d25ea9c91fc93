import { describe, expect, it } from 'vitest';
import { placesOf } from '../../../src/serve/pages/pages.js';
import { MARSHALL_CITY, incident } from '../../export/invented-incidents.js';

describe('placesOf: the page map draws the points the GeoJSON has', () => {
  it('counts incidents per place and draws no point for an unknown place', () => {
    const places = placesOf(
      [
        incident({ id: 'a' }),
        incident({ id: 'b' }),
        incident({
          id: 'unknown',
          place: { ...MARSHALL_CITY, name: 'Central Province', lat: 0, lon: 0 },
        }),
        incident({ id: 'none', place: null }),
      ],
      'b',
    );
    expect(places).toEqual([
      { name: 'Marshall City', lat: 12.5, lon: 41.25, count: 2, highlight: true },
    ]);
  });
});
