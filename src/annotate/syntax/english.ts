// Closed-class English the clause finder reads: these are grammar, not a dictionary of the domain.

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

export const NEGATORS = new Set(['not', "n't", 'n’t', 'never', 'no']);

export const BE_FORMS = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", 'am']);
export const GET_FORMS = new Set(['get', 'gets', 'got', 'gotten', 'getting']);
export const PAST_AUX = new Set(['was', 'were', 'had', 'did', 'been']);

/** Words that open a relative clause after a noun. */
export const RELATIVES = new Set(['who', 'which', 'that', 'whom', 'whose']);

/** Subordinators that make a clause a condition: its events are hypothetical. */
export const CONDITIONS = new Set(['if', 'unless', 'whether']);

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

/**
 * Verbs whose object is the subject of the "to"-clause after it ("urged X to withdraw", "helped X
 * to rebuild"): object control. Other verbs lend the "to"-clause their own subject.
 */
export const OBJECT_CONTROL = new Set([
  'urge',
  'ask',
  'call',
  'help',
  'allow',
  'force',
  'order',
  'tell',
  'persuade',
  'encourage',
  'invite',
  'press',
  'push',
  'pressure',
  'enable',
  'permit',
  'request',
  'require',
  'warn',
  'instruct',
  'authorize',
  'authorise',
  'send',
]);

/** Verbs that report speech or knowledge: a clause after them is what was said. */
export const REPORTING = new Set([
  'say',
  'tell',
  'confirm',
  'deny',
  'claim',
  'report',
  'announce',
  'state',
  'declare',
  'add',
  'note',
  'insist',
  'allege',
  'accuse',
  'believe',
  'think',
  'assess',
  'estimate',
  'warn',
  'acknowledge',
  'admit',
  'show',
  'suggest',
  'indicate',
  'reveal',
  'know',
  'write',
  'argue',
  'dispute',
  'reject',
  'stress',
  'explain',
  'assert',
]);

/** Words of a time phrase that stands without a preposition ("announced Wednesday"). */
export const TIME_WORDS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'today',
  'yesterday',
  'tomorrow',
  'tonight',
  'week',
  'month',
  'year',
  'weekend',
  'morning',
  'evening',
  'night',
  'afternoon',
]);
