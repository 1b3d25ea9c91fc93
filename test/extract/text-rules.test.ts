import { describe, expect, it } from 'vitest';
import { dropCounterLines } from '../../src/extract/text/rules/drop-counter-lines.js';
import { dropDoubledCaptions } from '../../src/extract/text/rules/drop-doubled-captions.js';
import { dropPageFurniture } from '../../src/extract/text/rules/drop-page-furniture.js';
import { dropPhotoCredits } from '../../src/extract/text/rules/drop-photo-credits.js';
import { dropRelatedLists } from '../../src/extract/text/rules/drop-related-lists.js';
import { findRepeatedHeadline } from '../../src/extract/text/rules/find-repeated-headline.js';
import { splitCrumbs } from '../../src/extract/text/rules/split-crumbs.js';
import { takeLeadingHeadline } from '../../src/extract/text/rules/take-leading-headline.js';
import { takeStoreMarker } from '../../src/extract/text/rules/take-store-marker.js';
import type { TextRule, TextState } from '../../src/extract/text/text-rule.js';

const state = (text: string): TextState => ({
  lines: text.split('\n'),
  title: null,
  section: [],
  storeDate: null,
  headerDate: null,
});
const run = (rule: TextRule, text: string): TextState => rule.apply(state(text));
const body = (s: TextState): string[] => s.lines.filter((l) => l.trim() !== '');

const PARA =
  'The port authority said on Tuesday that two cargo ships had been held at anchor for a week while inspectors checked their papers.';

describe('takeStoreMarker', () => {
  it.each([
    [' date 2024-11-05 Harbour reopens after storm', '2024-11-05', 'Harbour reopens after storm'],
    ['date 2025-04\n\nText', '2025-04', ''],
  ])('%j', (text, date, firstLine) => {
    const s = run(takeStoreMarker, text);
    expect(s.storeDate).toBe(date);
    expect(s.lines[0]).toBe(firstLine);
  });
  it.each(['The date 2024-11-05 was set.', 'Update 2024-11-05', 'date: tomorrow'])(
    'leaves %j alone',
    (text) => {
      expect(run(takeStoreMarker, text).storeDate).toBeNull();
    },
  );
});

describe('splitCrumbs', () => {
  it.each([
    ['Home World Live International Crisis', ['World', 'Live', 'International Crisis']],
    ['Home > Business > Shipping News', ['Business', 'Shipping News']],
    ['News Sport Middle East', ['News', 'Sport', 'Middle East']],
    ['Home', []],
  ])('%j', (prefix, expected) => {
    expect(splitCrumbs(prefix)).toEqual(expected);
  });
});

describe('findRepeatedHeadline', () => {
  const headline = 'Storm closes the northern harbour for three days';
  it('takes crumbs from the line that ends with the headline and drops every repeat', () => {
    const s = run(
      findRepeatedHeadline,
      `Home Weather Live Regional Storms ${headline}\n\n${headline}\n\n${headline}\n\n${PARA}`,
    );
    expect(s.title).toBe(headline);
    expect(s.section).toEqual(['Weather', 'Live', 'Regional Storms']);
    expect(body(s)).toEqual([PARA]);
  });
  it('takes a headline repeated without crumbs', () => {
    const s = run(findRepeatedHeadline, `${headline}\n${headline}\n${PARA}`);
    expect(s.title).toBe(headline);
    expect(s.section).toEqual([]);
    expect(body(s)).toEqual([PARA]);
  });
  it.each([
    ['a text without repeats', `${headline}\n${PARA}`],
    ['a repeated sentence, not a headline', `${PARA}\n${PARA}`],
    ['a short repeated word', 'Live\nLive\n' + PARA],
  ])('finds nothing in %s', (_name, text) => {
    const s = run(findRepeatedHeadline, text);
    expect(s.title).toBeNull();
    expect(body(s).length).toBe(body(state(text)).length);
  });
});

describe('line rules', () => {
  it.each([
    [dropCounterLines, `0\n${PARA}\n12`, [PARA]],
    [dropCounterLines, `In 2024\n${PARA}`, ['In 2024', PARA]],
    [
      dropPageFurniture,
      `Advertisement\nBack To Top\n+ ↺ − 16 px\nPhoto : KBS News\n${PARA}\nRead more`,
      [PARA],
    ],
    [dropPageFurniture, `Updated Nov 19, 9:41 AM\n${PARA}`, [PARA]],
    [dropPageFurniture, `Harbour map.png\n${PARA}`, [PARA]],
    [dropPageFurniture, `Photos show the damage\n${PARA}`, ['Photos show the damage', PARA]],
    [
      dropPhotoCredits,
      `Rescue teams search the shore. (AP)\n${PARA}\nThe pier at dusk. | Ana Ruiz/Getty Images`,
      [PARA],
    ],
    [
      dropPhotoCredits,
      `The minister spoke to AP reporters.\n${PARA}`,
      ['The minister spoke to AP reporters.', PARA],
    ],
    [
      dropDoubledCaptions,
      `Boats in the harbour at dawn on Monday.\nBoats in the harbour at dawn on Monday.\n${PARA}`,
      [PARA],
    ],
    [dropDoubledCaptions, `${PARA}\nYes.\nYes.`, [PARA, 'Yes.', 'Yes.']],
    [dropRelatedLists, `${PARA}\nRead more\nShips stuck at sea\nHarbour fees to rise`, [PARA]],
    [dropRelatedLists, `${PARA}\nRelated stories:\nShips stuck at sea\n${PARA}`, [PARA, PARA]],
    [dropRelatedLists, `Readers wrote in.\n${PARA}`, ['Readers wrote in.', PARA]],
  ] as [TextRule, string, string[]][])('%#: %s', (rule, text, expected) => {
    expect(body(run(rule, text))).toEqual(expected);
  });
});

describe('takeLeadingHeadline', () => {
  it('takes a short first line followed by a paragraph, with a date stamp before it', () => {
    const s = run(
      takeLeadingHeadline,
      `10/18/2024 October 18, 2024 Harbour reopens after the storm\n${PARA}`,
    );
    expect(s.title).toBe('Harbour reopens after the storm');
    expect(s.headerDate).toBe('2024-10-18');
    expect(body(s)).toEqual([PARA]);
  });
  it.each([
    ['a first line that is a sentence', `${PARA}\n${PARA}`],
    ['a headline with no paragraph after it', 'Harbour reopens after the storm\nShort line'],
  ])('finds nothing: %s', (_name, text) => {
    expect(run(takeLeadingHeadline, text).title).toBeNull();
  });
});
