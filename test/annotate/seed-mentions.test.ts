import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ActorMention, PlaceMention } from '../../src/model/index.js';
import { analyze } from '../../src/pipeline.js';

const seedPath = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../shared/corpus/seed.txt',
);

// [matched text, code, sector or undefined to skip the check]
const ACTORS: [string, string, string | null | undefined][] = [
  ['Moscow', 'RUS', 'GOV'],
  ['Pyongyang', 'PRK', 'GOV'],
  ['North Korean troops', 'PRK', 'MIL'],
  ['North Korean soldiers', 'PRK', 'MIL'],
  ['U.S. State Department spokesperson Matthew Miller', 'USA', 'GOV'],
  ['Russian President Vladimir Putin', 'RUS', 'GOV'],
  ['Putin', 'RUS', 'GOV'],
  ['North Korean leader Kim Jong Un', 'PRK', 'GOV'],
  ['North Korean Foreign Minister Choe Son Hui', 'PRK', 'GOV'],
  ['Russian Foreign Minister Sergey Lavrov', 'RUS', 'GOV'],
  ['State Duma', 'RUS', 'LEG'],
  ['Federation Council', 'RUS', 'LEG'],
  ['South Korean', 'KOR', undefined],
  ['U.S.', 'USA', undefined],
];

describe.skipIf(!existsSync(seedPath))(
  'actors and places of the seed article (read from ../shared)',
  () => {
    const analysis = existsSync(seedPath)
      ? analyze(readFileSync(seedPath, 'utf8'), { published: '2024-11-06' })
      : null;
    const actors = (analysis?.mentions ?? []).filter((m): m is ActorMention => m.kind === 'actor');

    it.each(ACTORS)('%s -> %s %s', (text, code, sector) => {
      const found = actors.filter((m) => m.text === text);
      expect(
        found.length,
        `"${text}" among ${actors.map((m) => m.text).join(', ')}`,
      ).toBeGreaterThan(0);
      for (const m of found) {
        expect(m.actor.code).toBe(code);
        if (sector !== undefined) expect(m.actor.sector).toBe(sector);
      }
    });

    const places = (analysis?.mentions ?? []).filter((m): m is PlaceMention => m.kind === 'place');

    it('finds the Kursk region in Russia, with coordinates, and Pyongyang as the place of a visit', () => {
      const kursk = places.find((m) => m.text === 'Kursk region');
      expect(kursk?.place.country).toBe('RUS');
      expect(kursk?.place.precision).toBe('region');
      expect(kursk?.place.lat).toBeCloseTo(51.7, 0);
      const pyongyang = places.find((m) => m.text === 'Pyongyang');
      expect(pyongyang?.place.country).toBe('PRK');
    });

    it('makes no place of a capital that speaks ("Moscow and Pyongyang have responded")', () => {
      const text = analysis?.text ?? '';
      for (const m of places.filter((p) => p.text === 'Moscow' || p.text === 'Pyongyang'))
        expect(text.slice(m.span.start - 4, m.span.start)).toMatch(/(?:in|to|at|near) $/);
    });

    it('finds no actor inside "Korean War" or "Cold War"', () => {
      const text = analysis?.text ?? '';
      for (const m of actors) {
        const around = text.slice(m.span.start, m.span.end + 4);
        expect(around).not.toMatch(/^Korean War/);
      }
    });
  },
);
