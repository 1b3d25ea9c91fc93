import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';

/** Each attribution as `TYPE SOURCE:stance`, from the shipped dictionaries (invented sentences). */
function stances(text: string): string[] {
  return analyze(text, { published: '2024-11-06' }).events.flatMap((e) =>
    e.attributions.map((a) => `${e.type} ${a.source?.code ?? a.sourceKind}:${a.stance}`),
  );
}

describe('footage a party releases shows what it asserts (shipped dictionaries)', () => {
  it.each([
    'Videos the Estonian navy released on Monday appear to show Latvian boats ramming Estonian vessels.',
    'Footage released by Estonia showed Latvian boats ramming Estonian vessels.',
  ])('%s', (text) => {
    expect(stances(text)).toContain('ASSAULT EST:assert');
  });

  it.each([
    'Images shared on social media showed Latvian boats ramming Estonian vessels.',
    'Estonian officials will show the damage after Latvian boats rammed Estonian vessels.',
  ])('negative: footage with no named source, or "show" with no footage: %s', (text) => {
    expect(stances(text)).not.toContain('ASSAULT EST:assert');
    expect(stances(text).some((s) => s.endsWith('unnamed:assert'))).toBe(false);
  });
});
