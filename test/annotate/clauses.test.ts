import { describe, expect, it } from 'vitest';
import { findClauses, type SentenceSyntax } from '../../src/annotate/syntax/find-clauses.js';
import type { Phrase } from '../../src/annotate/syntax/chunk-phrases.js';

// One clause as a line: `lemma voice [neg] [modal] link<-parent subject=.. obj=.. to=..`.
function describe1(s: SentenceSyntax, k: number): string {
  const c = s.clauses[k];
  if (!c) return '';
  const text = (p: Phrase | null): string =>
    p
      ? s.words
          .slice(p.first, p.last + 1)
          .map((w) => w.text)
          .join(' ')
      : '-';
  const parent = c.parent !== null ? s.clauses[c.parent]?.verb.lemma : null;
  return [
    `${c.verb.lemma} ${c.verb.voice}`,
    c.verb.negated ? 'neg' : '',
    c.verb.modal ?? '',
    parent ? `${c.link}<-${parent}` : c.link,
    `subject=${text(c.subject)}`,
    ...c.objects.map((o) => `obj=${text(o)}`),
    ...c.preps.map((p) => `${p.prep ?? ''}=${text(p)}`),
  ]
    .filter(Boolean)
    .join(' ');
}

const clauses = (sentence: string): string[] => {
  const s = findClauses(sentence);
  return s.clauses.map((_, k) => describe1(s, k));
};

// Invented sentences (Freedonia, Sylvania, Osterlich).
const TABLE: [string, string, string[]][] = [
  [
    'a reported clause with "that" and a purpose "to"-clause',
    'Freedonia confirmed that it sent troops to fight alongside Sylvanian forces.',
    [
      'confirm active main subject=Freedonia',
      'send active complement<-confirm subject=it obj=troops',
      'fight active complement<-send subject=troops alongside=Sylvanian forces',
    ],
  ],
  [
    'negation and a modal in the verb group of a reported clause',
    'Sylvania said on Monday it would not provide military aid to Freedonia.',
    [
      'say active main subject=Sylvania',
      'provide active neg would complement<-say subject=it obj=military aid to=Freedonia',
    ],
  ],
  [
    'a passive with its "by" agent',
    'Two villages were shelled by Freedonian artillery on Monday.',
    ['shell passive main subject=Two villages by=Freedonian artillery'],
  ],
  [
    'a relative clause takes its antecedent as subject; the main verb after it too',
    'Sylvania, which denies sending weapons, has been accused of arming the rebels.',
    [
      'deny active relative subject=Sylvania',
      'send active complement<-deny subject=Sylvania obj=weapons',
      'accuse passive main subject=Sylvania of=arming the rebels',
    ],
  ],
  [
    'coordinated verbs share the subject; "X and Y" is one subject',
    'Freedonia and Osterlich met in the capital on Tuesday and signed a treaty.',
    [
      'meet active main subject=Freedonia and Osterlich in=the capital',
      'sign active coordination<-meet subject=Freedonia and Osterlich obj=a treaty',
    ],
  ],
  [
    'object control: the one urged is the subject of the "to"-clause',
    'The council urged both sides to withdraw their troops.',
    [
      'urge active main subject=The council obj=both sides',
      'withdraw active complement<-urge subject=both sides obj=their troops',
    ],
  ],
  [
    'particle control: the one called on is the subject of the "to"-clause',
    'Freedonia called on Sylvania to withdraw its troops.',
    [
      'call active main subject=Freedonia on=Sylvania',
      'withdraw active complement<-call subject=Sylvania obj=its troops',
    ],
  ],
  [
    'negative: a bare object of "call" is no controller; the caller urges',
    'Freedonia called the leaders of Sylvania to urge them to stop.',
    [
      'call active main subject=Freedonia obj=the leaders of Sylvania',
      'urge active purpose<-call subject=Freedonia obj=them',
      'stop active complement<-urge subject=them',
    ],
  ],
  [
    'a time phrase between subject and verb is no subject',
    'Freedonia on Wednesday suspended a trade treaty with Sylvania.',
    ['suspend active main subject=Freedonia obj=a trade treaty with=Sylvania'],
  ],
  [
    'a condition clause hangs on the clause after it',
    'If Sylvania crosses the river, Freedonia will respond.',
    [
      'cross active condition<-respond subject=Sylvania obj=the river',
      'respond active will main subject=Freedonia',
    ],
  ],
  [
    'negative: an active perfect is not passive, and "no" before a noun is no negation',
    'Freedonia has sent no troops to Sylvania.',
    ['send active main subject=Freedonia obj=no troops to=Sylvania'],
  ],
  [
    'a participle that is its base form, after "been", is passive',
    'Two Sylvanian officials have been put under arrest in Freedonia.',
    ['put passive main subject=Two Sylvanian officials under=arrest in=Freedonia'],
  ],
  [
    'the same after "was"',
    'A Freedonian convoy was hit by Sylvanian drones.',
    ['hit passive main subject=A Freedonian convoy by=Sylvanian drones'],
  ],
  [
    'negative: a base form with no form of "be" before it stays active',
    'Freedonian troops hit a Sylvanian convoy.',
    ['hit active main subject=Freedonian troops obj=a Sylvanian convoy'],
  ],
  [
    'negative: "is set to" tells a plan: active',
    'Freedonia is set to send troops to Sylvania.',
    [
      'set active main subject=Freedonia',
      'send active complement<-set subject=Freedonia obj=troops to=Sylvania',
    ],
  ],
  [
    'a floating quantifier inside the verb group keeps the passive',
    'The embassies of Freedonia and Sylvania were all shelled.',
    ['shell passive main subject=The embassies of Freedonia and Sylvania'],
  ],
  [
    'negative: a participle inside a noun phrase heads no clause',
    'Osterlich signed a water-sharing treaty.',
    ['sign active main subject=Osterlich obj=a water - sharing treaty'],
  ],
  [
    'a series of verbs after commas shares the subject, with adverbs after "and"',
    'Freedonian boats ignored the warnings, abruptly turned and deliberately rammed Sylvanian vessels.',
    [
      'ignore active main subject=Freedonian boats obj=the warnings',
      'turn active coordination<-ignore subject=Freedonian boats',
      'ram active coordination<-turn subject=Freedonian boats obj=Sylvanian vessels',
    ],
  ],
  [
    'a free relative stands inside its clause: the participle after it shares the main subject',
    'Sylvania sent what it called aid, calling it a gift.',
    [
      'send active main subject=Sylvania obj=what obj=it',
      'call active relative<-send subject=it obj=aid',
      'call active participle<-send subject=Sylvania obj=it obj=a gift',
    ],
  ],
  [
    'negative: a participle after a reported clause shares its subject',
    'Freedonia said Sylvania shelled the town, killing three.',
    [
      'say active main subject=Freedonia',
      'shell active complement<-say subject=Sylvania obj=the town',
      'kill active participle<-shell subject=Sylvania obj=three',
    ],
  ],
  [
    'a present verb after a comma shares the subject before (headline style)',
    'Sylvania denies the claims, calls for monitors.',
    [
      'deny active main subject=Sylvania obj=the claims',
      'call active coordination<-deny subject=Sylvania for=monitors',
    ],
  ],
  [
    'negative: a reporting verb after a comma takes the subject after it',
    'The border is calm, says the Freedonian ministry.',
    ['be active main subject=The border', 'say active main subject=- obj=the Freedonian ministry'],
  ],
  [
    'adjectives joined by "and" stay in the object they share',
    'Freedonia executed an immediate and unconditional ceasefire.',
    ['execute active main subject=Freedonia obj=an immediate and unconditional ceasefire'],
  ],
  [
    'negative: an adjective before "and" and a clause stays apart',
    'The talks were long and the ceasefire held.',
    ['be active main subject=The talks', 'hold active coordination<-be subject=the ceasefire'],
  ],
  [
    "a plain past verb after a backshifted reported clause is the reporter's act",
    'Freedonia said Sylvania had massed troops and called on the council to act.',
    [
      'say active main subject=Freedonia',
      'mass active complement<-say subject=Sylvania obj=troops',
      'call active coordination<-say subject=Freedonia on=the council',
      'act active complement<-call subject=the council',
    ],
  ],
  [
    "a plain past verb after a reported copula is the reporter's act",
    'Freedonia said the report was false and accused Sylvania of lying.',
    [
      'say active main subject=Freedonia',
      'be active complement<-say subject=the report',
      'accuse active coordination<-say subject=Freedonia obj=Sylvania',
      'lie active adverbial<-accuse subject=Freedonia',
    ],
  ],
  [
    'negative: a second backshifted verb stays in the reported clause',
    'Freedonia said Sylvania had massed troops and had shelled the town.',
    [
      'say active main subject=Freedonia',
      'mass active complement<-say subject=Sylvania obj=troops',
      'shell active coordination<-mass subject=Sylvania obj=the town',
    ],
  ],
  [
    'negative: reported verbs in the same plain past share their subject',
    'Freedonia said Sylvania massed troops and shelled the town.',
    [
      'say active main subject=Freedonia',
      'mass active complement<-say subject=Sylvania obj=troops',
      'shell active coordination<-mass subject=Sylvania obj=the town',
    ],
  ],
  [
    'negative: a present reporting verb keeps a past verb in the report',
    'Freedonia says Sylvania had massed troops and shelled the town.',
    [
      'say active main subject=Freedonia',
      'mass active complement<-say subject=Sylvania obj=troops',
      'shell active coordination<-mass subject=Sylvania obj=the town',
    ],
  ],
  [
    "a speaker's aside between commas: the verb after it takes the phrase it interrupts",
    'Sylvanian troops, Freedonia said, shelled the border posts.',
    [
      'say active main subject=Freedonia',
      'shell active complement<-say subject=Sylvanian troops obj=the border posts',
    ],
  ],
  [
    'the same with a time after the reporting verb and an act noun as the interrupted subject',
    'The attack, Freedonian officials said on Monday, killed nine soldiers.',
    [
      'say active main subject=Freedonian officials',
      'kill active complement<-say subject=The attack obj=nine soldiers',
    ],
  ],
  [
    'negative: a list whose last item acts is one subject',
    'Freedonia, Sylvania and Osterlich signed the pact.',
    ['sign active main subject=Freedonia , Sylvania and Osterlich obj=the pact'],
  ],
];

describe('clauses from the tagger', () => {
  it.each(TABLE)('%s', (_name, sentence, expected) => {
    expect(clauses(sentence)).toEqual(expected);
  });

  it.each([
    'Freedonian troops shelled the town, said the Sylvanian ministry.',
    'Freedonian troops shelled the town, officials said.',
  ])('negative: a reporting verb after a comma joins no series: %s', (sentence) => {
    expect(clauses(sentence).some((c) => c.startsWith('say active coordination'))).toBe(false);
  });

  it('gives word offsets into the article when told where the sentence starts', () => {
    const s = findClauses('Sylvania fired.', 100);
    expect(s.words[1]).toMatchObject({ text: 'fired', start: 109, end: 114, lemma: 'fire' });
  });
});
