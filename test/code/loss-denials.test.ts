import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import { buildAnnotated } from './support/build-annotated.js';
import { testDictionaries } from './support/test-dictionaries.js';

const dicts = testDictionaries();

/** Each event as "ACTORS>RECIPIENTS: SOURCE stance, …". */
function claims(text: string): string[] {
  return explainEvents(buildAnnotated(text), dicts).events.map(
    (e) =>
      `${e.actors.map((a) => a.code).join('+')}>${e.recipients.map((r) => r.code).join('+')}: ` +
      e.attributions.map((a) => `${a.source?.code ?? '(unnamed)'} ${a.stance}`).join(', '),
  );
}

// Invented: Sylvanian troops kill Freedonian soldiers after Freedonia shells Lakeport (a town of
// Sylvania). Freedonia = FRD, Sylvania = SYL, Osterlich = OST.
const TOLD = 'Sylvanian troops killed ten Freedonian soldiers after Freedonia shelled Lakeport.';

describe('a denial of losses answers what its speaker suffered', () => {
  it.each<[string, string, string[]]>([
    [
      'the side said to have lost soldiers denies the killing, not its own shelling',
      `${TOLD} Freedonia denied it, saying no soldiers were lost.`,
      ['SYL>FRD: FRD deny', 'FRD>SYL: '],
    ],
    [
      'the other side denying losses answers the shelling it suffered',
      `${TOLD} Sylvania denied it, saying it had no losses.`,
      ['SYL>FRD: ', 'FRD>SYL: SYL deny'],
    ],
    [
      'negative: a denial with no word of losses answers the whole sentence before',
      `${TOLD} Freedonia denied it.`,
      ['SYL>FRD: FRD deny', 'FRD>SYL: FRD deny'],
    ],
    [
      'negative: a third state that suffered nothing answers the whole sentence before',
      `${TOLD} Osterlich denied it, saying no soldiers were lost.`,
      ['SYL>FRD: OST deny', 'FRD>SYL: OST deny'],
    ],
  ])('%s', (_why, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});
