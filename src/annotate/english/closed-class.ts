// Closed-class English: the grammar words every stage reads (pronouns, determiners, auxiliaries,
// modals, negators, relative words, subordinators). They are grammar, not a dictionary of the
// domain: they live here once, and a rule that needs a narrower set builds it from these.

/** Articles. */
export const ARTICLES = ['a', 'an', 'the'] as const;

/** Demonstratives. */
export const DEMONSTRATIVES = ['this', 'that', 'these', 'those'] as const;

/** Subject pronouns that can stand for a party named elsewhere (a state, a group, a leader). */
export const PARTY_PRONOUNS = ['it', 'they', 'he', 'she', 'we'] as const;

/** Pronouns that are only ever subjects: no preposition governs them ("until they gain"). */
export const NOMINATIVE = new Set(['they', 'he', 'she', 'we', 'i']);

/** Possessive determiners. */
export const POSSESSIVE = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);

/** The possessive determiners that may stand for a party of the story ("its troops", "our forces"). */
export const PARTY_POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our']);

/** Personal pronouns that stand for a party named elsewhere. */
export const PERSONAL = new Set([
  'it',
  'they',
  'he',
  'she',
  'we',
  'them',
  'him',
  'her',
  'its',
  'their',
  'his',
  'our',
]);

/** Reciprocal pronouns ("accused each other"): the parties act on one another. */
export const RECIPROCALS = new Set(['each other', 'one another']);

/** Auxiliaries that carry modality, by what they say of the event. */
export const MODALS = new Map<string, 'future' | 'possible' | 'obligation'>([
  ['will', 'future'],
  ["'ll", 'future'],
  ['shall', 'future'],
  ['wo', 'future'],
  ['would', 'possible'],
  ['could', 'possible'],
  ['may', 'possible'],
  ['might', 'possible'],
  ['can', 'possible'],
  ['ca', 'possible'],
  ['should', 'obligation'],
  ['must', 'obligation'],
]);

/** Whether a word is a modal ("must", "could"), or "ought" ("ought to"), which MODALS leaves out. */
export function isModalWord(word: string): boolean {
  return MODALS.has(word) || word === 'ought';
}

export const NEGATORS = new Set(['not', "n't", 'n’t', 'never', 'no']);

/** The finite forms of "be" news is told in (third person): is, are, was, were. */
export const BE_FINITE = ['is', 'are', 'was', 'were'] as const;
/** The finite forms of "have". */
export const HAVE_FINITE = ['has', 'have', 'had'] as const;

export const BE_FORMS = new Set<string>([...BE_FINITE, 'be', 'been', 'being', "'s", 'am']);
export const GET_FORMS = new Set(['get', 'gets', 'got', 'gotten', 'getting']);
export const PAST_AUX = new Set(['was', 'were', 'had', 'did', 'been']);

/** Adverb particles of phrasal verbs ("shot down", "carried out"). */
export const PARTICLES = new Set(['out', 'up', 'down', 'off', 'away', 'back']);

/** Words that open a relative clause after a noun. */
export const RELATIVES = new Set(['who', 'which', 'that', 'whom', 'whose']);

/** Words that open a clause standing as a noun ("what it considers a threat"): a free relative. */
export const FREE_RELATIVES = new Set(['what', 'whatever']);

/**
 * Connectives a writer sets between commas inside a clause ("Xia, however, denied"; "the
 * ministry, meanwhile, said"): an aside that links the clause to what came before, between
 * its subject and its verb.
 */
export const DISCOURSE_ADVERBS = new Set([
  'however',
  'meanwhile',
  'though',
  'too',
  'also',
  'instead',
  'nevertheless',
  'nonetheless',
  'likewise',
  'similarly',
  'separately',
  'moreover',
  'furthermore',
  'meantime',
  'therefore',
  'thus',
  'again',
  'still',
]);

/** Subordinators that make a clause a condition: its events are hypothetical. */
export const CONDITIONS = new Set(['if', 'unless', 'whether']);

/**
 * Whether a word is an adverb that may stand between "and" and the verb it joins ("and later
 * said", "and also accused", "and publicly denied").
 */
export function isAdverbAfterAnd(word: string): boolean {
  return /^(?:also|later|then|again|further|[a-z]{3,}ly)$/.test(word);
}
