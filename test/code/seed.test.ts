import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/model/index.js';
import { analyze } from '../../src/pipeline.js';

// The product's seed article, read from ../shared at test time (never copied into the project).
const seed = resolve(import.meta.dirname, '../../../shared/corpus/seed.txt');
const codes = (refs: { code: string }[]): string[] => [...new Set(refs.map((r) => r.code))].sort();
const stances = (e: Event): string[] =>
  e.attributions.map((a) => `${a.source?.code ?? '(unnamed)'}:${a.stance}`);

describe.skipIf(!existsSync(seed))('the seed article (published 2024-11-06)', () => {
  const text = existsSync(seed) ? readFileSync(seed, 'utf8') : '';
  const analysis = analyze(
    { source: 'seed', body: text, format: 'text' },
    { published: '2024-11-06' },
  );
  const events = analysis.events;
  const agree = events.filter((e) => e.type === 'AGREE' || e.type === 'SUPPORT');

  it('has the Federation Council approval on 2024-11-06 and the Duma approval on 2024-10-24, apart', () => {
    const fed = agree.find((e) => e.when?.date === '2024-11-06');
    const duma = agree.find((e) => e.when?.date === '2024-10-24');
    expect(fed && codes(fed.actors)).toContain('RUS');
    expect(duma && codes(duma.actors)).toContain('RUS');
    expect(fed).not.toBe(duma);
  });

  it('has the signing by both states in 2024-06', () => {
    const signing = agree.find((e) => e.when?.date === '2024-06');
    expect(signing && codes([...signing.actors, ...signing.recipients])).toEqual(['PRK', 'RUS']);
  });

  it('has one troop deployment PRK -> RUS of about 10,000, asserted by the US, noncommittal from both', () => {
    const troops = events.filter(
      (e) => (e.type === 'AID' || e.type === 'MOBILIZE') && e.mode === 'troops',
    );
    expect(troops).toHaveLength(1);
    const [d] = troops;
    expect(d && codes(d.actors)).toEqual(['PRK']);
    expect(d && codes(d.recipients)).toEqual(['RUS']);
    expect(d?.quantity).toMatchObject({ value: 10000, unit: 'troops', qualifier: 'about' });
    expect(d && stances(d)).toEqual(
      expect.arrayContaining(['USA:assert', 'RUS:noncommittal', 'PRK:noncommittal']),
    );
  });

  it('has the Putin-Choe meeting on 2024-11-04', () => {
    const meeting = events.find((e) => e.type === 'CONSULT' && e.when?.date === '2024-11-04');
    expect(meeting && codes(meeting.actors)).toEqual(['PRK', 'RUS']);
  });

  it('has the alleged supplies PRK -> RUS, asserted by the US and denied by both', () => {
    const supply = events.find((e) => e.type === 'AID' && e.mode === 'weapons');
    expect(supply && codes(supply.actors)).toEqual(['PRK']);
    expect(supply && codes(supply.recipients)).toEqual(['RUS']);
    expect(supply && stances(supply)).toEqual(
      expect.arrayContaining(['USA:assert', 'RUS:deny', 'PRK:deny']),
    );
  });

  it('has the missile launches by PRK on 2024-11-05', () => {
    const launch = events.find(
      (e) => (e.type === 'MOBILIZE' || e.type === 'THREATEN') && e.when?.date === '2024-11-05',
    );
    expect(launch && codes(launch.actors)).toEqual(['PRK']);
  });

  it('traces every field to its span', () => {
    const at = (s: { start: number; end: number } | undefined): string =>
      analysis.text.slice(s?.start, s?.end);
    for (const e of events) {
      expect(at(e.trigger.span)).toBe(e.trigger.text);
      for (const ref of [...e.actors, ...e.recipients]) expect(at(ref.span)).toBe(ref.text);
      if (e.when?.span) expect(at(e.when.span)).toBe(e.when.text);
      if (e.quantity?.span) expect(at(e.quantity.span)).toBe(e.quantity.text);
      for (const ev of e.evidence) expect(at(ev.span)).toBe(ev.text);
      for (const a of e.attributions) expect(at(a.evidence.span)).toBe(a.evidence.text);
    }
  });
});
