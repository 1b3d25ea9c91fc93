import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import type { Event } from '../../src/model/index.js';
import { buildAnnotated } from './support/build-annotated.js';

// Golden articles written by the team (invented states, see support/build-annotated.ts).
// UPDATE_GOLDEN=1 rewrites expected.json after a reviewed change.
const root = resolve(import.meta.dirname, 'articles');
const PUBLISHED = '2024-11-06';

function digest(e: Event): unknown {
  return {
    type: e.type,
    mode: e.mode,
    modality: e.modality,
    actors: e.actors.map((a) => a.code),
    recipients: e.recipients.map((r) => r.code),
    place: e.place?.name ?? null,
    date: e.when?.date ?? null,
    quantity: e.quantity
      ? { value: e.quantity.value, unit: e.quantity.unit, qualifier: e.quantity.qualifier }
      : null,
    attributions: e.attributions.map((a) => ({
      source: a.source?.code ?? null,
      stance: a.stance,
      saidOn: a.saidOn,
    })),
    evidence: e.evidence[0]?.text ?? null,
  };
}

describe('golden articles', () => {
  for (const slug of readdirSync(root)) {
    it(slug, () => {
      const text = readFileSync(join(root, slug, 'source.txt'), 'utf8');
      const got = explainEvents(buildAnnotated(text, PUBLISHED)).events.map(digest);
      const file = join(root, slug, 'expected.json');
      if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file))
        writeFileSync(file, JSON.stringify(got, null, 2) + '\n');
      expect(got).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    });
  }
});
