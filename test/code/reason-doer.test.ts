import { describe, expect, it } from 'vitest';
import { compactCoder } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

// invented entries: a measure against a party, a thanks, and the acts they are for
const dicts = testDictionaries([
  { id: 'sanction-v', pos: 'verb', lemma: 'sanction', type: 'SANCTION', mode: null },
  { id: 'thank-v', pos: 'verb', lemma: 'thank', type: 'SUPPORT', mode: null },
  { id: 'support-v', pos: 'verb', lemma: 'support', type: 'SUPPORT', mode: null },
  { id: 'host-v', pos: 'verb', lemma: 'host', type: 'CONSULT', mode: null },
]);
const code = compactCoder(dicts, { quantity: false, date: false });

// Invented sentences; published Wednesday 2024-11-06.
describe('the act a party is sanctioned or thanked "for" is its own', () => {
  it.each([
    [
      'sanctioned for its role in supporting',
      "The Freedonian government sanctioned one of Sylvania's most powerful officials for his role in supporting the Osterlich navy in neighbouring Marsovia.",
      'SUPPORT SYL>OST',
    ],
    [
      'thanked for its role in hosting',
      'Freedonia thanked Sylvania for its role in hosting Osterlich.',
      'CONSULT SYL>OST',
    ],
  ])('%s', (_name, text, want) => {
    const events = code(text);
    expect(events).toContain(want);
    expect(events.some((e) => /^(SUPPORT|CONSULT) FRD>OST/.test(e))).toBe(false);
  });
  it("negative: a gerund of time, not of reason, is the subject's act", () => {
    expect(
      code(
        "Freedonia sanctioned Sylvania's generals on Monday while supporting the Osterlich navy.",
      ),
    ).toContain('SUPPORT FRD>OST');
  });
});
