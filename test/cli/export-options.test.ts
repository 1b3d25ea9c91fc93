import { describe, expect, it } from 'vitest';
import { parseBaseUrl } from '../../src/cli/commands/export.js';

describe('--base-url', () => {
  it.each([
    ['https://sitrep.example.org', 'https://sitrep.example.org'],
    ['https://sitrep.example.org/', 'https://sitrep.example.org'],
    [' http://10.0.0.5:8080/sitrep/ ', 'http://10.0.0.5:8080/sitrep'],
  ])('%j is %j', (value, url) => {
    expect(parseBaseUrl(value)).toBe(url);
  });

  it.each(['sitrep.example.org', 'ftp://sitrep.example.org', 'https://x.example.org/?a=1', ''])(
    'refuses %j',
    (value) => {
      expect(() => parseBaseUrl(value)).toThrow(/address/);
    },
  );
});
