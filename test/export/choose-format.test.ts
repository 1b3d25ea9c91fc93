import { describe, expect, it } from 'vitest';
import { chooseExport } from '../../src/export/choose-format.js';

describe('chooseExport: format from --format and the --out extension', () => {
  it.each([
    ['plover', 'events.json', { format: 'plover', layout: 'array' }],
    ['plover', 'events.jsonl', { format: 'plover', layout: 'lines' }],
    ['plover', 'events.NDJSON', { format: 'plover', layout: 'lines' }],
    ['plover', undefined, { format: 'plover', layout: 'lines' }],
    ['incidents', 'all.json', { format: 'incidents', layout: 'array' }],
    [undefined, 'all.json', { format: 'incidents', layout: 'array' }],
    [undefined, 'map.geojson', { format: 'geojson', layout: 'lines' }],
    [undefined, 'table.csv', { format: 'csv', layout: 'lines' }],
    [undefined, 'feed.atom', { format: 'atom', layout: 'lines' }],
    [undefined, 'feed.xml', { format: 'atom', layout: 'lines' }],
    [undefined, undefined, { format: 'incidents', layout: 'lines' }],
    ['csv', 'export.txt', { format: 'csv', layout: 'lines' }],
  ] as const)('--format %s --out %s', (format, out, expected) => {
    expect(chooseExport(format, out)).toEqual(expected);
  });

  it.each([
    ['csv', 'x.geojson', 'name it .csv'],
    ['geojson', 'x.json', 'name it .geojson'],
    ['plover', 'x.csv', 'name it .json or .jsonl or .ndjson'],
    ['atom', 'x.jsonl', 'name it .atom or .xml'],
  ] as const)('refuses --format %s into %s', (format, out, hint) => {
    const choice = chooseExport(format, out);
    expect('error' in choice && choice.error).toContain(hint);
  });
});
