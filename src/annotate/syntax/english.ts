// Open-class English the clause finder reads (verbs of control and report, time words); the
// closed classes are in ../english/closed-class.ts.

/**
 * Verbs whose object is the subject of the "to"-clause after it ("urged X to withdraw", "helped X
 * to rebuild"): object control. Other verbs lend the "to"-clause their own subject.
 */
export const OBJECT_CONTROL = new Set([
  'urge',
  'ask',
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
  'prompt',
  'compel',
  'oblige',
  'cause',
  'spur',
  'drive',
  'lead',
  'convince',
  'advise',
  'direct',
  'command',
  'provoke',
  'incite',
]);

/**
 * Verbs whose "to"-clause has the object of a particle as its subject ("called on X to
 * withdraw"); with a bare object the "to"-clause is the subject's own purpose ("called the
 * leaders to urge them": the caller urges).
 */
export const PARTICLE_CONTROL: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['call', new Set(['on', 'upon'])],
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

/**
 * Verbs that take an "-ing" clause as their object ("denied arming X", "resumed shelling the
 * town", "stopped funding the group"): the "-ing" form after them is a verb with the same subject.
 */
export const GERUND_COMPLEMENT = new Set([
  'deny',
  'admit',
  'acknowledge',
  'avoid',
  'stop',
  'start',
  'begin',
  'continue',
  'resume',
  'keep',
  'halt',
  'cease',
  'suspend',
  'finish',
  'risk',
  'consider',
  'recall',
  'discuss',
  'propose',
  'threaten',
]);
