import { createHash } from 'node:crypto';
import type {
  ActorRef,
  Attribution,
  ClaimStatement,
  ClaimStatus,
  Event,
  Figure,
  Incident,
  StatusChange,
} from '../model/index.js';
import { deriveStatus } from './derive-status.js';
import { eventFigures, figureSource } from './figure-source.js';
import type { IncidentTally } from './incident-tally.js';
import { mostCounted, tallyOf } from './incident-tally.js';
import type { IncidentRow } from './incident-rows.js';
import type { Member } from './member-order.js';
import { compareFigures, compareMemberKeys, sortStatements, memberKeyOf } from './member-order.js';
import { claimStance } from './captor-word.js';

export type { ArticleMeta, Member } from './member-order.js';
export { dyadOf } from './member-order.js';

/** Deterministic incident id from its smallest member event id: the same members, the same id. */
export function incidentIdFor(eventIds: readonly string[]): string {
  const first = [...eventIds].sort()[0] ?? '';
  return 'inc-' + createHash('sha256').update(first).digest('hex').slice(0, 16);
}

/**
 * A side's party must be named by at least this share of the members that name that side: one
 * misparsed report among forty does not make Italy a recipient of a deployment to Russia.
 */
export const MAIN_PARTY_SHARE = 1 / 3;

/**
 * Codes ranked by how many members name them, ties by code: the incident's parties on one side,
 * those named by fewer than MAIN_PARTY_SHARE of the members naming the side left out.
 */
function rankRefs(side: IncidentTally['actors']): ActorRef[] {
  return [...side.codes.values()]
    .filter((c) => c.n >= MAIN_PARTY_SHARE * side.naming)
    .sort((a, b) => b.n - a.n || a.ref.code.localeCompare(b.ref.code))
    .map((c) => c.ref);
}

/** What an incident says that its members' counts decide: all of it but its rows and status. */
export type IncidentHead = Omit<
  Incident,
  'crisisId' | 'eventIds' | 'articleIds' | 'statements' | 'figures' | 'status' | 'history'
>;

/**
 * The head of the incident whose members are counted in `tally`: type and mode most reported,
 * the main parties of each side (a code named on both sides takes the side most members give it),
 * the place most reported, the earliest day-precise date (else the earliest date), the lead
 * report (the first asserted one, else the first), and the first and last report.
 */
export function headOf(tally: IncidentTally): IncidentHead {
  const asActor = (code: string): number => tally.actors.codes.get(code)?.n ?? 0;
  const asRecipient = (code: string): number => tally.recipients.codes.get(code)?.n ?? 0;
  const actors = rankRefs(tally.actors).filter((a) => asActor(a.code) >= asRecipient(a.code));
  const actorCodes = new Set(actors.map((a) => a.code));
  const recipients = rankRefs(tally.recipients).filter((r) => !actorCodes.has(r.code));
  const placeKey = mostCounted(new Map([...tally.places].map(([k, c]) => [k, c.n])));
  const lead = tally.asserted ?? tally.lead;
  return {
    id: incidentIdFor([tally.minEventId]),
    type: (mostCounted(tally.types) ?? 'CONSULT') as Incident['type'],
    mode: mostCounted(tally.modes),
    actors,
    recipients,
    place: placeKey === null ? null : tally.places.get(placeKey)!.place,
    when: (tally.dayDate ?? tally.anyDate)?.when ?? null,
    modality: lead?.modality ?? 'asserted',
    summary: lead?.summary ?? '',
    firstReported: tally.published.min,
    lastReported: tally.published.max,
  };
}

/**
 * Whether an attribution names who tells the event: any assertion or confirmation, and a denial
 * or refusal in the event's own sentence ("Sylvania denied that its troops crossed"). A denial
 * in another sentence answers a claim the article has already told ("India calls the attack
 * Sylvania-backed. Sylvania denies the allegation."): it names no one who says it happened.
 */
function tellsTheEvent(a: Attribution, event: Event): boolean {
  if (a.stance !== 'deny' && a.stance !== 'noncommittal') return true;
  return (
    a.evidence.span.start <= event.trigger.span.start &&
    event.trigger.span.end <= a.evidence.span.end
  );
}

/** Whether a report names someone who tells it; in an article with none, the outlet speaks. */
export function namesWhoTellsIt({ event }: Member): boolean {
  return event.attributions.some((a) => tellsTheEvent(a, event));
}

/**
 * The outlet's own voice: an article that reports the incident and names no source that tells it
 * (at most a denial answering it from another sentence) asserts it itself (the gold claim timeline's `source: null` assert), said on its publication
 * day, with the report's sentence as evidence.
 */
function outletAssertion(member: Member): Attribution {
  const { event, article } = member;
  return {
    sourceKind: 'outlet',
    source: null,
    stance: 'assert',
    saidOn: article.published?.slice(0, 10) ?? null,
    cue: null,
    ruleId: 'merge/outlet-voice',
    evidence: event.evidence[0] ?? event.trigger,
  };
}

/**
 * A member's statements: its attributions placed in its article, and the outlet's own assertion
 * when `outletSpeaks` (the member is its article's first in the incident and no member of that
 * article names a source).
 */
export function memberStatements(member: Member, outletSpeaks: boolean): ClaimStatement[] {
  const { event, article } = member;
  const meta = {
    eventId: event.id,
    articleId: article.id,
    outlet: article.siteName,
    articleUrl: article.url,
    published: article.published,
  };
  const out: ClaimStatement[] = event.attributions.map((a) => ({
    ...a,
    stance: claimStance(event, a),
    ...meta,
  }));
  if (outletSpeaks) out.push({ ...outletAssertion(member), ...meta });
  return out;
}

/** A member's figures, each with who gave it and when. */
export function memberFigures({ event, article }: Member): Figure[] {
  return eventFigures(event).map((quantity) => {
    const voice = figureSource(event, quantity);
    return {
      quantity,
      source: voice?.source ?? null,
      saidOn: voice?.saidOn ?? article.published?.slice(0, 10) ?? event.when?.date ?? null,
      eventId: event.id,
      articleId: article.id,
      evidence: event.evidence[0] ?? event.trigger,
    };
  });
}

/** The status walk over statements in order, with the codes of the head's parties. */
export function statusOf(
  head: IncidentHead,
  statements: readonly ClaimStatement[],
): { status: ClaimStatus; history: StatusChange[] } {
  return deriveStatus(statements, {
    actors: new Set(head.actors.map((a) => a.code)),
    recipients: new Set(head.recipients.map((r) => r.code)),
  });
}

/** The incident's stored row: its head, with its status walk and no storyline yet. */
export function incidentRowOfHead(
  head: IncidentHead,
  status: ClaimStatus,
  history: StatusChange[],
): IncidentRow {
  return {
    id: head.id,
    crisisId: null,
    type: head.type,
    mode: head.mode,
    actors: head.actors,
    recipients: head.recipients,
    place: head.place,
    when: head.when,
    modality: head.modality,
    summary: head.summary,
    status,
    history,
    firstReported: head.firstReported,
    lastReported: head.lastReported,
  };
}

/** An incident derived in full, with the counts it was read from (what extending it starts from). */
export interface DerivedIncident {
  incident: Incident;
  tally: IncidentTally;
}

/**
 * Recomputes an incident from its members, sorted by (date said, article, event): a pure function
 * of the member set, so the result does not depend on arrival order.
 */
export function deriveIncident(members: readonly Member[]): Incident {
  return deriveIncidentWithTally(members).incident;
}

/** `deriveIncident`, with the tally its head was read from. */
export function deriveIncidentWithTally(members: readonly Member[]): DerivedIncident {
  const keyed = members.map((m) => ({ m, key: memberKeyOf(m) }));
  const sorted = keyed.sort((a, b) => compareMemberKeys(a.key, b.key)).map((k) => k.m);
  const tally = tallyOf(sorted);
  const head = headOf(tally);
  const voiced = new Set(sorted.filter(namesWhoTellsIt).map((m) => m.article.id));
  const outletSpoke = new Set<string>();
  const statements: ClaimStatement[] = [];
  const figures: Figure[] = [];
  for (const member of sorted) {
    const articleId = member.article.id;
    const outletSpeaks = !voiced.has(articleId) && !outletSpoke.has(articleId);
    if (outletSpeaks) outletSpoke.add(articleId);
    statements.push(...memberStatements(member, outletSpeaks));
    figures.push(...memberFigures(member));
  }
  figures.sort(compareFigures);
  const inOrder = sortStatements(statements);
  const { status, history } = statusOf(head, inOrder);
  const incident: Incident = {
    ...incidentRowOfHead(head, status, history),
    eventIds: sorted.map((m) => m.event.id),
    articleIds: [...new Set(sorted.map((m) => m.article.id))],
    statements: inOrder,
    figures,
  };
  return { incident, tally };
}
