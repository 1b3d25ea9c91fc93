import { describe, expect, it } from 'vitest';
import { findClauses } from '../../src/annotate/syntax/find-clauses.js';

// The subject, link and objects of the clause whose verb has lemma `lemma`.
function clauseOf(sentence: string, lemma: string): string {
  const s = findClauses(sentence);
  const c = s.clauses.find((x) => x.verb.lemma === lemma);
  if (!c) return '(no clause)';
  const text = (first: number, last: number): string =>
    s.words
      .slice(first, last + 1)
      .map((w) => w.text)
      .join(' ');
  const parent = c.parent !== null ? s.clauses[c.parent]?.verb.lemma : null;
  return [
    parent ? `${c.link}<-${parent}` : c.link,
    `subject=${c.subject ? text(c.subject.first, c.subject.last) : '-'}`,
    ...c.objects.map((o) => `obj=${text(o.first, o.last)}`),
  ].join(' ');
}

// Invented sentences (Freedonia, Sylvania).
describe('a subordinator read as a preposition opens a clause before a finite verb', () => {
  it.each([
    [
      '"after" a blast that injured someone',
      'Freedonia recalled its ambassador after a landmine blast seriously injured a Freedonian soldier.',
      'injure',
      'adverbial<-recall subject=a landmine blast obj=a Freedonian soldier',
    ],
    [
      '"as" troops shelled a town',
      'Sylvania closed the border as Freedonian troops shelled the town.',
      'shell',
      'adverbial<-close subject=Freedonian troops obj=the town',
    ],
    [
      'a fronted "after" clause hangs on the main clause after it',
      'After a Sylvanian drone struck a Freedonian base, Freedonia recalled its ambassador.',
      'strike',
      'adverbial<-recall subject=a Sylvanian drone obj=a Freedonian base',
    ],
  ])('%s', (_name, sentence, lemma, expected) => {
    expect(clauseOf(sentence, lemma)).toBe(expected);
  });
  it.each([
    [
      'a plain phrase of time after "after" (no verb follows it)',
      'Freedonian troops attacked Sylvanian posts after the ceasefire on Monday.',
      'attack',
      'main subject=Freedonian troops obj=Sylvanian posts',
    ],
    [
      '"such as X" is no clause',
      'Countries such as Sylvania have condemned Freedonia.',
      'condemn',
      'main subject=Countries such obj=Freedonia',
    ],
  ])('negative: %s', (_name, sentence, lemma, expected) => {
    expect(clauseOf(sentence, lemma)).toBe(expected);
  });
  it('a bare gerund after "but" takes no subject from the opened clause', () => {
    expect(
      clauseOf(
        'Freedonia and Sylvania deepened their alliance as the war has dragged on, but sending troops would mark an escalation.',
        'send',
      ),
    ).toMatch(/subject=-/);
  });
});
