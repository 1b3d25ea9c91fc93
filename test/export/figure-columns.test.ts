import { describe, expect, it } from 'vitest';
import { figureCells, figureColumn, figureRange } from '../../src/export/figure-columns.js';
import { FREEDONIA, SYLVANIA, counted } from './invented-incidents.js';

describe('figure columns', () => {
  it.each([
    ['killed', 'killed'],
    ['wounded', 'wounded'],
    ['troops', 'troops'],
    ['casualties', null],
    ['captured', null],
    ['aircraft', null],
  ])('unit %s goes to column %s', (unit, column) => {
    expect(figureColumn(unit)).toBe(column);
  });

  it('gives the spread of what the sources say', () => {
    expect(figureRange([])).toBe('');
    expect(figureRange([counted(12, 'killed', FREEDONIA)])).toBe('12');
    expect(figureRange([counted(12, 'killed', FREEDONIA), counted(12, 'killed', SYLVANIA)])).toBe(
      '12',
    );
    expect(
      figureRange([counted(12000, 'troops', FREEDONIA), counted(10000, 'troops', SYLVANIA)]),
    ).toBe('10000-12000');
    // A figure with no number ("dozens of") gives no bound.
    expect(figureRange([counted(null, 'killed', FREEDONIA, { qualifier: 'dozens' })])).toBe('');
  });

  it('puts every other unit in words in the generic column, and none of the named ones', () => {
    const cells = figureCells([
      counted(3, 'killed', FREEDONIA),
      counted(2, 'aircraft', SYLVANIA, { qualifier: 'at least' }),
      counted(40, 'captured', FREEDONIA),
    ]);
    expect(cells).toEqual({
      killed: '3',
      wounded: '',
      troops: '',
      other_figures: 'at least 2 aircraft (SYL, 2031-05-02); 40 captured (FRD, 2031-05-02)',
    });
  });
});
