import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import { loadCodeDictionaries } from '../../src/code/load-code-dictionaries.js';
import { buildAnnotated } from './support/build-annotated.js';
import { testDictionaries } from './support/test-dictionaries.js';

const dicts = testDictionaries();

function claims(text: string): string[][] {
  return explainEvents(buildAnnotated(text), dicts).events.map((e) =>
    e.attributions.map((a) =>
      `${a.source?.code ?? '(unnamed)'} ${a.stance} ${a.saidOn ?? ''}`.trim(),
    ),
  );
}

const ROWS: [string, string, string[][]][] = [
  [
    'a pronoun before adverbs speaks for the speaker before it',
    'Osterlich said it was worried. It also claimed that Freedonia sent troops to Sylvania.',
    [['OST assert 2024-11-06']],
  ],
  [
    'a reporting word used as a noun ("recent reports") does not speak for the party before it',
    'Osterlich answered recent reports that Freedonia sent troops to Sylvania.',
    [['(unnamed) assert 2024-11-06']],
  ],
  [
    'negative: the same word as a verb speaks for its subject',
    'Osterlich reports that Freedonia sent troops to Sylvania.',
    [['OST assert 2024-11-06']],
  ],
  [
    'negative: a noun subject before adverbs is no pronoun',
    'Osterlich said it was worried. The report also claimed that Freedonia sent troops to Sylvania.',
    [['(unnamed) assert 2024-11-06']],
  ],
  [
    'the head of "X\'s envoy to Y" speaks',
    "Freedonia sent troops to Sylvania. Sylvania's envoy to Osterlich denied it.",
    [['SYL deny 2024-11-06']],
  ],
  [
    'subject of "said" asserts',
    'Osterlich said that Freedonia sent troops to Sylvania.',
    [['OST assert 2024-11-06']],
  ],
  [
    '"according to X" asserts',
    'According to Osterlich, Freedonia sent troops to Sylvania.',
    [['OST assert 2024-11-06']],
  ],
  [
    'the cue date is the statement date',
    'On Monday, Osterlich said Freedonia had sent troops to Sylvania.',
    [['OST assert 2024-11-04']],
  ],
  [
    'a party confirming confirms',
    'Freedonia confirmed it sent troops to Sylvania.',
    [['FRD confirm 2024-11-06']],
  ],
  [
    'a third state confirming asserts',
    'Osterlich confirmed that Freedonia sent troops to Sylvania.',
    [['OST assert 2024-11-06']],
  ],
  [
    'denial and the claim it rebuts are one event',
    'Sylvania and Freedonia dismissed claims from Osterlich that Freedonia supplied Sylvania with missiles.',
    [['SYL deny 2024-11-06', 'FRD deny 2024-11-06', 'OST assert 2024-11-06']],
  ],
  [
    'a denial standing alone answers the sentence before',
    'Freedonia sent troops to Sylvania, Osterlich said. Freedonia denied it.',
    [['OST assert 2024-11-06', 'FRD deny 2024-11-06']],
  ],
  [
    'noncommittal',
    'Sylvania declined to comment on whether Freedonia sent troops to Sylvania.',
    [['SYL noncommittal 2024-11-06']],
  ],
  [
    'a negated confirmation is noncommittal',
    'Freedonia has not directly confirmed that it sent troops to Sylvania.',
    [['FRD noncommittal 2024-11-06']],
  ],
  [
    'the side an attack hit confirms its own losses',
    'Sylvania confirmed that Freedonia shelled Sylvanian positions on Monday.',
    [['SYL confirm 2024-11-06']],
  ],
  [
    'negative: a third state confirming an attack asserts it',
    'Osterlich confirmed that Freedonia shelled Sylvanian positions on Monday.',
    [['OST assert 2024-11-06']],
  ],
  [
    'negative: the side an attack hit saying it happened asserts it',
    'Sylvania said that Freedonia shelled Sylvanian positions on Monday.',
    [['SYL assert 2024-11-06']],
  ],
  [
    'unnamed sources',
    'Freedonia sent troops to Sylvania, sources said.',
    [['(unnamed) assert 2024-11-06']],
  ],
  [
    'the outlet in its own voice: no attribution',
    'Freedonia sent troops to Sylvania on Monday.',
    [[]],
  ],
  [
    'a speaker is not a source of its own speech act',
    'Freedonia condemned Sylvania, its ministry said.',
    [[]],
  ],
  [
    'a subject phrase before the cue speaks, not the party named after it (what was said)',
    'The spy agency says Sylvania sent troops to Osterlich.',
    [['(unnamed) assert 2024-11-06']],
  ],
  [
    'negative: a cue after a comma or a quote takes the speaker after it',
    '"Sylvania sent troops to Osterlich," said Freedonia.',
    [['FRD assert 2024-11-06']],
  ],
  [
    'an outlet quoting a party: the quoted party speaks',
    'The agency quoted Freedonia as saying that Sylvania sent troops to Osterlich.',
    [['FRD assert 2024-11-06']],
  ],
  [
    'a quoted speaker goes on speaking: "he" in the next sentence is the quoted party',
    'Osterlich spoke first. The agency quoted Freedonia as warning Sylvania. He also claimed that Sylvania sent troops to Osterlich.',
    [['FRD assert 2024-11-06']],
  ],
  [
    'a titled speaker named in an appositive speaks for the party of its title',
    "Freedonia's army chief, General Ivo Marek, confirmed that Sylvania shelled Freedonian border posts.",
    [['FRD confirm 2024-11-06']],
  ],
  [
    'the same with an adverb before the cue and a longer title',
    'Speaking in Osterlich, the Sylvanian Chief of Naval Staff, Admiral Lena Varga, also said that Freedonia sent troops to Osterlich.',
    [['SYL assert 2024-11-06']],
  ],
  [
    'negative: a clause ending in a place before a comma-set name does not speak',
    'Sylvanian troops shelled Freedonian boats in the Red Bay, Mayor Ivo Marek, said.',
    [[]],
  ],
  [
    'negative: an appositive in lower case is no name',
    "Sylvanian troops shelled Freedonia's border posts, a local farmer, Ivo Marek, said.",
    [[]],
  ],
  [
    'a subject set off from its cue by a participle aside speaks, not the party after the cue',
    'The Osterlich army, citing witnesses, said Sylvanian troops had shelled Freedonian border posts.',
    [['OST assert 2024-11-06']],
  ],
  [
    'the same with an aside of the setting and a relative clause',
    'The Osterlich army, in a statement on Monday, said Sylvanian troops shelled Freedonian border posts. The Marsovian army, which has observers there, said Sylvanian troops shelled Freedonian border posts.',
    [['OST assert 2024-11-04', 'MRS assert 2024-11-06']],
  ],
  [
    'a denial whose sentence goes on to say more answers the claim before it',
    'Sylvanian troops shelled Freedonian border posts on Monday, Freedonia said. Sylvania denied the accusation and said its troops had responded to provocations.',
    [['FRD assert 2024-11-04', 'SYL deny 2024-11-06']],
  ],
  [
    'cues given as alternatives share their topic',
    'Freedonia sent troops to Osterlich on Monday, Sylvania said. Sylvanian troops shelled Freedonian border posts. Osterlich has at times confirmed or denied the deployment.',
    [['SYL assert 2024-11-04', 'OST confirm 2024-11-06', 'OST deny 2024-11-06'], []],
  ],
  [
    'a cue verb joined by "and" to the verb before it shares its subject as the speaker',
    'Sylvanian troops shelled Freedonian border posts on Monday, Freedonia said. Osterlich questioned Sylvanian envoys and denied the reports.',
    [['FRD assert 2024-11-04', 'OST deny 2024-11-06']],
  ],
  [
    'a listed person named in the appositive speaks, not the party after the cue',
    "The Freedonian delegation's head, Rufus T. Firefly, said Sylvanian troops had shelled Freedonian border posts.",
    [['FRD assert 2024-11-06']],
  ],
  [
    'a title set off by commas after the name: the name before it speaks',
    'Rufus T. Firefly, the delegation head, said Sylvanian troops had shelled Freedonian border posts.',
    [['FRD assert 2024-11-06']],
  ],
  [
    'negative: a party after the cue that is the subject of what was said is no speaker',
    'The spokesman, whose name was withheld, said Sylvanian troops had shelled Freedonian border posts.',
    [[]],
  ],
  [
    'a participle cue after a comma speaks for the subject of the main clause',
    'Freedonian officials raised the alarm, saying Osterlich had evidence that Sylvanian troops shelled Freedonian border posts.',
    [['FRD assert 2024-11-06']],
  ],
  [
    'negative: not for the subject of the clause it follows, when that clause is what was said',
    'Osterlich reported that Sylvanian troops shelled Freedonian border posts, calling the attack a violation.',
    [['OST assert 2024-11-06']],
  ],
  [
    'the same after "but": the cue verb shares the subject of the verb before it',
    'Sylvanian troops shelled Freedonian border posts on Monday, Freedonia said. Osterlich questioned Sylvanian envoys, but denied the reports.',
    [['FRD assert 2024-11-04', 'OST deny 2024-11-06']],
  ],
  [
    'negative: a cue after "but" that opens a clause of its own keeps its own subject',
    'Sylvanian troops shelled Freedonian border posts on Monday, Freedonia said. Osterlich questioned the envoys, but Sylvania denied the reports.',
    [['FRD assert 2024-11-04', 'SYL deny 2024-11-06']],
  ],
  [
    'negative: a cue after "and" that opens a clause of its own keeps its own subject',
    'Sylvanian troops shelled Freedonian border posts on Monday, Freedonia said. Osterlich questioned the envoys, and Sylvania denied the reports.',
    [['FRD assert 2024-11-04', 'SYL deny 2024-11-06']],
  ],
  [
    'a connective set between commas before the cue leaves the subject the speaker',
    'Sylvanian troops shelled Freedonian border posts on Monday, Freedonia said. Sylvania, however, denied the reports. Osterlich, for its part, confirmed them.',
    [['FRD assert 2024-11-04', 'SYL deny 2024-11-06', 'OST assert 2024-11-06']],
  ],
  [
    "the same where the denied act is the cue's own complement",
    'Freedonia, meanwhile, denied sending troops to Sylvania.',
    [['FRD deny 2024-11-06']],
  ],
  [
    'negative: a clause before the aside is no subject phrase; the speaker follows the cue',
    'Sylvanian troops shelled Freedonian border posts near the old mill on the river, citing orders, said Osterlich.',
    [['OST assert 2024-11-06']],
  ],
  [
    'a speaker defending its actions owns to its act the article reports',
    'Sylvanian troops shelled Freedonian border posts on Monday, Freedonia said. Osterlich called for calm. Sylvania defended its actions.',
    [['FRD assert 2024-11-04', 'SYL confirm 2024-11-06']],
  ],
  [
    'negative: a party with no act of its own in the article owns to nothing',
    'Sylvanian troops shelled Freedonian border posts on Monday, Freedonia said. Osterlich defended its actions.',
    [['FRD assert 2024-11-04']],
  ],
  [
    'a named speaker with no code ends the speaker a later pronoun refers to',
    'The agency quoted Freedonia as warning Sylvania. Ivo Marek said the weather was calm. He also claimed that Sylvania sent troops to Osterlich.',
    [[]],
  ],
  [
    'negative: a party after the comma that ends an "according to" phrase is what was said',
    'According to early figures, Freedonia sent troops to Sylvania.',
    [[]],
  ],
  [
    'a list of sources after "according to" keeps its commas',
    'According to Osterlich, Marsovia and Sylvania, Freedonia sent troops to Sylvania.',
    [['OST assert 2024-11-06', 'MRS assert 2024-11-06', 'SYL confirm 2024-11-06']],
  ],
];

describe('attributions', () => {
  it.each(ROWS)('%s', (_why, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('the shipped cues: describing an act as something speaks of it', () => {
  const shipped = { ...dicts, cues: loadCodeDictionaries().cues };
  const said = (text: string): string[][] =>
    explainEvents(buildAnnotated(text), shipped).events.map((e) =>
      e.attributions.map((a) => `${a.source?.code ?? '(unnamed)'} ${a.stance}`),
    );

  it.each([
    ['Osterlich describes the way Freedonia shelled Sylvania as a crime.', 'OST assert'],
    ['Osterlich described how Freedonia shelled Sylvania as an outrage.', 'OST assert'],
    ['negative: Freedonia shelled Sylvania, which Freedonia described as false.', 'FRD deny'],
  ])('%s', (text, expected) => {
    expect(said(text.replace(/^negative: /, ''))).toEqual([[expected]]);
  });

  it('negative: a description with no "as" after it is no cue', () => {
    expect(said('Osterlich described the weather. Freedonia shelled Sylvania on Monday.')).toEqual([
      [],
    ]);
  });
});
