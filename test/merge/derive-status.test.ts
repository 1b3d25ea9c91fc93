import { describe, expect, it } from 'vitest';
import { deriveStatus } from '../../src/merge/derive-status.js';
import type { ClaimStatement, Stance } from '../../src/model/index.js';

/** A statement by `code` (or an unnamed source) with a stance, said on a day of March 2023. */
function said(code: string | null, stance: Stance, day: number): ClaimStatement {
  const text = `${code ?? 'Officials'} spoke.`;
  return {
    sourceKind: code ? 'actor' : 'unnamed',
    source: code ? { code, sector: 'GOV', name: code, text: code } : null,
    stance,
    saidOn: `2023-03-${String(day).padStart(2, '0')}`,
    cue: 'said',
    ruleId: 'test',
    evidence: { span: { start: 0, end: text.length }, text },
    eventId: `e${day}`,
    articleId: `a${day}`,
    outlet: 'news.example',
    articleUrl: null,
    published: null,
  };
}

// Chad (TCD) moved troops into Niger (NER); Mali (MLI) is a third party.
const parties = { actors: new Set(['TCD']), recipients: new Set(['NER']) };
const statuses = (statements: ClaimStatement[]): string[] =>
  deriveStatus(statements, parties).history.map((h) => h.status);

describe('deriveStatus', () => {
  it.each<[string, ClaimStatement[], string[]]>([
    ['a third party asserts', [said('MLI', 'assert', 1)], ['asserted']],
    ['the recipient accuses: an assertion', [said('NER', 'assert', 1)], ['asserted']],
    [
      'the recipient accuses, the doer denies: disputed',
      [said('NER', 'assert', 1), said('TCD', 'deny', 2)],
      ['asserted', 'disputed'],
    ],
    [
      'the doer acknowledges its act: confirmed',
      [said('MLI', 'assert', 1), said('TCD', 'deny', 2), said('TCD', 'confirm', 3)],
      ['asserted', 'disputed', 'confirmed'],
    ],
    [
      "the doer's own claim is an assertion",
      [said('TCD', 'assert', 1), said('NER', 'deny', 2)],
      ['asserted', 'disputed'],
    ],
    [
      'the recipient explicitly confirms: confirmed',
      [said(null, 'assert', 1), said('NER', 'confirm', 2)],
      ['asserted', 'confirmed'],
    ],
    ['a third party confirming only asserts', [said('MLI', 'confirm', 1)], ['asserted']],
    ['only a denial', [said('TCD', 'deny', 1)], ['denied']],
    [
      "one day's denial and assertion collapse into the day's last status: disputed",
      [said('TCD', 'deny', 1), said('MLI', 'assert', 1)],
      ['disputed'],
    ],
    [
      'a status reached and left on one day leaves no entry',
      [said('MLI', 'assert', 1), said('TCD', 'deny', 2), said('MLI', 'retract', 2)],
      ['asserted', 'denied'],
    ],
    [
      'negative: a denial the next day is its own change',
      [said('TCD', 'deny', 1), said('MLI', 'assert', 2)],
      ['denied', 'disputed'],
    ],
    [
      'noncommittal answers change nothing',
      [said('MLI', 'assert', 1), said('TCD', 'noncommittal', 2)],
      ['asserted'],
    ],
    [
      'the only asserter retracts',
      [said('MLI', 'assert', 1), said('MLI', 'retract', 2)],
      ['asserted', 'retracted'],
    ],
  ])('%s', (_name, statements, expected) => {
    expect(statuses(statements)).toEqual(expected);
  });
});
