import type { ActorRef } from '../../model/index.js';
import type { EventCandidate } from '../candidate.js';
import { newCandidate } from '../candidate.js';
import { blockedIn, type CodeContext } from '../context.js';
import type { TriggerEntry } from '../load-code-dictionaries.js';
import { clauseSubjectAt } from '../roles/clause-roles.js';
import {
  findActorsAfter,
  findActorsBefore,
  findMainSubject,
  uniqueRefs,
} from '../roles/role-search.js';
import type { SentenceView } from '../sentence-view.js';

// Verbs of fighting; verbs of serving count only with troops as their subject.
const COMBAT = ['fought', 'fight', 'fights', 'fighting', 'battled', 'battling', 'combat'];
const SERVICE = [
  'acting',
  'acted',
  'operating',
  'operated',
  'serving',
  'served',
  'serve',
  'serves',
];
const PARTNER_OPENERS = [
  ['alongside'],
  ['side', 'by', 'side', 'with'],
  ['together', 'with'],
  ['shoulder', 'to', 'shoulder', 'with'],
  ['jointly', 'with'],
];
const PART_IN = [
  'took',
  'taken',
  'taking',
  'take',
  'takes',
  'participated',
  'participating',
  'participate',
  'participates',
];
// One look-up per token: most words start nothing.
const STARTS = new Map<string, 'combat' | 'service' | 'part'>([
  ...COMBAT.map((w) => [w, 'combat'] as const),
  ...SERVICE.map((w) => [w, 'service'] as const),
  ...PART_IN.map((w) => [w, 'part'] as const),
]);
const OPERATIONS =
  /^(?:operations?|combat|fighting|battles?|hostilities|offensives?|assaults?|war)$/;
// Words a "while fighting" clause opens with: its subject is the main clause's.
const SUBORDINATE = new Set(['while', 'when', 'after', 'before', 'as', ',']);
const WINDOW = 6;
const MAY_HOLD =
  /alongside|side by side|together with|shoulder to shoulder|jointly with|part in|participat/i;

const JOINT: TriggerEntry = {
  id: 'joint-combat',
  pos: 'verb',
  type: 'ASSAULT',
  mode: null,
  rolesFixed: true,
  sideBySide: true,
};

function phraseAt(view: SentenceView, i: number, words: string[]): boolean {
  return words.every((w, k) => view.tokens[i + k]?.lower === w);
}

function openerAt(view: SentenceView, i: number): number {
  for (const words of PARTNER_OPENERS) if (phraseAt(view, i, words)) return words.length;
  return 0;
}

function candidate(
  view: SentenceView,
  first: number,
  last: number,
  actors: ActorRef[],
  recipients: ActorRef[],
  why: string,
): EventCandidate {
  const start = view.tokens[first]?.start ?? 0;
  const end = view.tokens[last]?.end ?? start;
  const text = view.sentence.text.slice(
    start - view.sentence.span.start,
    end - view.sentence.span.start,
  );
  return newCandidate({
    view,
    entry: JOINT,
    type: 'ASSAULT',
    mode: null,
    first,
    last,
    trigger: { span: { start, end }, text },
    ruleId: 'trigger/joint/joint-combat',
    passive: false,
    actors,
    recipients,
    notes: [
      `joint combat "${text}": ${why}; actors ${actors.map((a) => a.code).join('+') || '(none)'}${recipients.length ? `, against ${recipients.map((r) => r.code).join('+')}` : ''}`,
    ],
  });
}

/**
 * Fighting beside an ally ("fought alongside X against Y", troops "acting side by side with X")
 * and taking part in combat operations are attacks by every side named: ASSAULT with the
 * subject and the partner as actors, and whoever they fight "against" as recipient.
 */
export function findJointCombat(view: SentenceView, ctx: CodeContext): EventCandidate[] {
  // most sentences name no partner and no taking part: one test spares the token walk
  if (!MAY_HOLD.test(view.sentence.text)) return [];
  const blocked = blockedIn(ctx, view);
  const out: EventCandidate[] = [];
  for (let i = 0; i < view.tokens.length; i++) {
    const start = STARTS.get(view.tokens[i]?.lower ?? '');
    if (!start) continue;
    const combat = start === 'combat';
    const service = start === 'service';
    let partIn = 0;
    if (start === 'part') {
      const k = view.tokens[i + 1]?.lower === 'part' ? i + 3 : i + 2;
      const inWord = view.tokens[k - 1]?.lower;
      for (let j = k; j <= k + 2 && inWord === 'in'; j++)
        if (OPERATIONS.test(view.tokens[j]?.lower ?? '')) partIn = j;
    }
    if (!combat && !service && !partIn) continue;
    const afterVerb = partIn || i;
    let opener = 0;
    let openAt = -1;
    for (let j = afterVerb + 1; j <= afterVerb + 3 && opener === 0; j++) {
      opener = openerAt(view, j);
      if (opener) openAt = j;
    }
    if (!partIn && opener === 0) continue;
    const partnerEnd = openAt >= 0 ? openAt + opener - 1 : afterVerb;
    const after = findActorsAfter(view, partnerEnd, blocked, 12);
    const partner = openAt >= 0 ? after.find((f) => f.at <= partnerEnd + WINDOW) : undefined;
    if (openAt >= 0 && !partner) continue;
    let subject = findActorsBefore(view, i, blocked);
    if (subject.length === 0 && SUBORDINATE.has(view.tokens[i - 1]?.lower ?? ''))
      subject = findMainSubject(view, i, blocked);
    // "it sent troops to fight alongside X": the clause hands the subject down
    if (subject.length === 0) subject = clauseSubjectAt(view, view.tokens[i]?.start ?? -1);
    if (service && !subject.some((s) => s.ref.sector === 'MIL')) continue;
    const against = after.find((f) => f.prep === 'against' && f !== partner);
    const actors = uniqueRefs([...subject, ...(partner ? [partner] : [])].map((f) => f.ref));
    const recipients =
      against && !actors.some((a) => a.code === against.ref.code) ? [against.ref] : [];
    const why = partner ? 'fighting beside a partner' : 'taking part in combat operations';
    out.push(candidate(view, i, Math.max(partnerEnd, afterVerb), actors, recipients, why));
    i = Math.max(partnerEnd, afterVerb);
  }
  return out;
}
