import { describe, expect, it } from 'vitest';
import { snippetParts } from '../../src/serve/search-results.js';

describe('snippetParts', () => {
  it('turns the store marks into marked parts', () => {
    expect(snippetParts('…sent [troops] to the [border]')).toEqual([
      { text: '…sent ', mark: false },
      { text: 'troops', mark: true },
      { text: ' to the ', mark: false },
      { text: 'border', mark: true },
    ]);
  });

  it('leaves a snippet without marks whole', () => {
    expect(snippetParts('no marks here')).toEqual([{ text: 'no marks here', mark: false }]);
  });
});
