import { parseAtomFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { findXmlFault } from '../../../src/ingest/feeds/xml-text.js';
import type { Crisis } from '../../../src/model/index.js';
import {
  renderClaimFeed,
  renderCrisisFeed,
  renderIncidentsFeed,
} from '../../../src/serve/feeds/atom.js';
import { FREEDONIA, SYLVANIA, counted, incident, said } from '../../export/invented-incidents.js';

const BASE = 'https://sitrep.example.org';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

const crisis: Crisis = {
  id: 'cri-frd',
  name: 'SYL – FRD',
  actors: ['SYL', 'FRD'],
  places: ['Marshall City'],
  incidentIds: ['inc-frd-1', 'inc-frd-2'],
  firstDate: '2031-05-01',
  lastDate: '2031-05-04',
};

const incidents = [
  incident({ figures: [counted(4, 'killed', FREEDONIA)] }),
  incident({
    id: 'inc-frd-2',
    lastReported: '2031-05-04',
    statements: [said(SYLVANIA, 'deny', 'Sylvania said <nothing> & nobody \u0007fired.')],
  }),
];

/** Parses the feed back and checks what RFC 4287 requires of it and of each entry. */
function parseValid(xml: string) {
  expect(findXmlFault(xml)).toBeNull();
  const feed = parseAtomFeed(xml);
  expect(feed.id).toBeTruthy();
  expect(feed.title?.value).toBeTruthy();
  expect(feed.updated).toMatch(RFC3339);
  for (const e of feed.entries ?? []) {
    expect(e.id).toBeTruthy();
    expect(e.title?.value).toBeTruthy();
    expect(e.updated).toMatch(RFC3339);
    expect(e.links?.[0]?.href).toMatch(/^https:\/\//);
  }
  return feed;
}

describe('the Atom writer (serve and export)', () => {
  it('writes a crisis feed whose ids and links use the base URL given, never a request host', () => {
    const feed = parseValid(renderCrisisFeed(BASE, crisis, incidents));
    expect(feed.id).toBe(`${BASE}/crisis/cri-frd`);
    expect(feed.links?.map((l) => [l.rel, l.href])).toEqual([
      ['self', `${BASE}/crisis/cri-frd/feed.atom`],
      ['alternate', `${BASE}/crisis/cri-frd`],
    ]);
    expect(feed.entries?.map((e) => e.id)).toEqual([
      `${BASE}/claim/inc-frd-1`,
      `${BASE}/claim/inc-frd-2`,
    ]);
    expect(feed.updated).toBe('2031-05-04T00:00:00Z');
  });

  it('tells each incident’s statements and figures, escaped, without characters XML forbids', () => {
    const feed = parseValid(renderIncidentsFeed(BASE, incidents));
    const [first, second] = feed.entries ?? [];
    expect(first?.title?.value).toMatch(/^\[Asserted\] /);
    expect(first?.summary?.value).toContain(
      'Freedonia said Sylvanian troops shelled Marshall City.',
    );
    expect(first?.summary?.value).toContain('4 killed, according to FRD');
    expect(second?.summary?.value).toContain('Sylvania said <nothing> & nobody fired.');
  });

  it('gives an exported feed no self link (a file has no address)', () => {
    const feed = parseValid(renderIncidentsFeed(BASE, incidents, 'Freedonia export'));
    expect(feed.title?.value).toBe('Freedonia export');
    expect(feed.links?.map((l) => l.rel)).toEqual(['alternate']);
  });

  it('writes a claim feed with one entry per statement', () => {
    const feed = parseValid(renderClaimFeed(BASE, incidents[1]!));
    expect(feed.entries).toHaveLength(1);
    expect(feed.entries?.[0]?.links?.[0]?.href).toBe('https://herald.example.org/2031/05/clash');
  });

  it('writes a valid empty feed', () => {
    expect(parseValid(renderIncidentsFeed(BASE, [])).entries ?? []).toEqual([]);
  });
});
