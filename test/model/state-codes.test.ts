import { describe, expect, it } from 'vitest';
import { compileCountryRecords } from '../../src/annotate/actors/country-records.js';
import { annotateArticle } from '../../src/annotate/index.js';
import { ploverStateCode, withPloverStateCode } from '../../src/model/index.js';
import { inventedArticle } from '../annotate/support/invented-actors.js';

describe("Kosovo's code is PLOVER's KOS, whatever source names it", () => {
  it('rewrites the codes the sources use, and no other', () => {
    expect(ploverStateCode('UNK')).toBe('KOS');
    expect(ploverStateCode('KSV')).toBe('KOS');
    expect(ploverStateCode('SRB')).toBe('SRB');
    expect(withPloverStateCode('KSVGOV')).toBe('KOSGOV');
    expect(withPloverStateCode('SRBMIL')).toBe('SRBMIL');
    // a code that does not open with a state is left whole
    expect(withPloverStateCode('IGOUNO')).toBe('IGOUNO');
  });

  it('is the code of the country record, and no record keeps "UNK"', () => {
    const records = compileCountryRecords();
    expect(records.find((r) => r.name === 'Kosovo')?.code).toBe('KOS');
    expect(records.some((r) => r.code === 'UNK')).toBe(false);
  });

  // Invented sentence, run through the real dictionaries and gazetteer.
  it('names the state, its people and its capital by KOS', () => {
    const a = annotateArticle(
      inventedArticle('Kosovar officials in Pristina said Kosovo had closed two crossings.'),
    );
    const codes = a.mentions.flatMap((m) =>
      m.kind === 'actor'
        ? [`${m.text}|${m.actor.code}`]
        : m.kind === 'place'
          ? [`${m.text}|${m.place.country}`]
          : [],
    );
    expect(codes).toEqual(expect.arrayContaining(['Kosovo|KOS', 'Pristina|KOS']));
    expect(codes.some((c) => c.endsWith('|UNK') || c.endsWith('|KSV'))).toBe(false);
  });
});
