import type { ClaimStatus, Event, Incident } from '../model/index.js';
import { pairsOf } from './article-pairs.js';
import { areEventsCompatible } from './compatible-events.js';
import type { ArticleMeta } from './derive-incident.js';
import {
  deriveIncidentWithTally,
  headOf,
  memberFigures,
  incidentRowOfHead,
  memberStatements,
  namesWhoTellsIt,
  statusOf,
} from './derive-incident.js';
import type { MemberRow } from './incident-rows.js';
import type { IncidentTally } from './incident-tally.js';
import { addToTally } from './incident-tally.js';
import { compareFigures, memberKeyOf, sortStatements } from './member-order.js';
import type { MergeKey } from './merge-keys.js';
import { isPointLike } from './type-groups.js';
import {
  datedAttackKey,
  isUndatedAttack,
  mayReportDatedAttack,
  sameSides,
} from './undated-attacks.js';
import {
  isSameDayPlacedAttack,
  isUnplacedAttack,
  mayReportPlacedAttack,
  placedAttackKey,
} from './unplaced-attacks.js';
import { keyMatches, keyQueriesFor, mergeKeysOf } from './merge-keys.js';
import type { MergeLookup, StoredMember } from './merge-lookup.js';
import type { MergePlan, MergeStep, PlannedChange } from './merge-plan.js';

/** What merging is told about a new article. */
export interface ArticleToMerge {
  article: ArticleMeta;
  events: readonly Event[];
  /** The stored version this article replaces (same URL, changed text), if any. */
  replaces?: string | null;
}

/** Candidate events read from the store at a time. */
const CANDIDATE_PAGE = 64;

/** Store order of events the plan adds: after every stored event, in the order they are added. */
const NEW_SEQ_BASE = 2 ** 52;

interface NewEvent {
  event: Event;
  published: string | null;
  keys: MergeKey[];
}

/**
 * Plans one article's merge: retracts the version it replaces (what remains of those incidents is
 * merged again and may fall apart), then merges each of its events into the incidents it is
 * compatible with. It reads the store only through `lookup` and writes nothing: the plan's steps,
 * applied in order in one transaction, give the store the ingest made before merging was a stage.
 *
 * @example
 * const plan = await planMerge({ article, events: analysis.events }, repo.mergeLookup());
 */
export async function planMerge(input: ArticleToMerge, lookup: MergeLookup): Promise<MergePlan> {
  const planner = new MergePlanner(lookup);
  if (input.replaces) await planner.retract(input.replaces, input.article.id);
  return planner.mergeArticle(input.article, input.events);
}

/** The plan being built and the store as the plan's steps so far would leave it. */
class MergePlanner {
  private readonly steps: MergeStep[] = [];
  /** Incidents created or changed, with their status before this article (null: new). */
  private readonly touched = new Map<string, ClaimStatus | null>();
  private readonly removed = new Set<string>();
  /** Events whose incident the plan changed (null: none). */
  private readonly assigned = new Map<string, string | null>();
  private readonly retracted = new Set<string>();
  /**
   * Incidents the plan wrote (their members in store order), extended (`members` null: the stored
   * ones, then `extra`) or deleted (null).
   */
  private readonly incidents = new Map<
    string,
    { status: ClaimStatus; members: StoredMember[] | null; extra: StoredMember[] } | null
  >();
  private readonly written = new Map<
    string,
    Pick<Incident, 'summary' | 'status' | 'history' | 'figures'>
  >();
  private readonly added = new Map<string, NewEvent>();
  /** Set while undated attack reports are being settled: their re-merge settles nothing again. */
  private settling = false;
  private readonly bodies = new Map<string, Event>();

  constructor(private readonly lookup: MergeLookup) {}

  /** Takes an old version's events out of merging and merges what remains of their incidents. */
  async retract(oldId: string, byId: string): Promise<void> {
    const events = await this.lookup.articleEvents(oldId);
    this.steps.push({ kind: 'retract-article', articleId: oldId, byId });
    for (const e of events) {
      this.retracted.add(e.id);
      this.assigned.set(e.id, null);
    }
    const incidents = [...new Set(events.flatMap((e) => (e.incidentId ? [e.incidentId] : [])))];
    for (const incidentId of incidents.sort()) await this.dissolve(incidentId);
  }

  /**
   * Deletes an incident and merges its members again, each as if new: what the store holds now
   * decides where they go. Unplaced attack reports go after the placed ones, and undated ones
   * last, once every attack they may stand for has its incident.
   */
  private async dissolve(incidentId: string): Promise<void> {
    if ((await this.statusOf(incidentId)) === null) return;
    const rest = await this.membersOf(incidentId);
    await this.deleteIncident(incidentId);
    this.steps.push({ kind: 'unlink-events', incidentId });
    for (const r of rest) this.assigned.set(r.event.id, null);
    const rank = (e: Event): number => (isUndatedAttack(e) ? 2 : isUnplacedAttack(e) ? 1 : 0);
    const order = (m: StoredMember): string => `${rank(m.event)}|${m.event.id}`;
    for (const r of rest.sort((a, b) => (order(a) < order(b) ? -1 : 1))) {
      // An earlier pass of this loop may have put it back into an incident already.
      if (this.assigned.get(r.event.id)) continue;
      await this.mergeEvent(r);
    }
  }

  /** Adds the article's pairs and events and merges each event in turn; returns the plan. */
  async mergeArticle(article: ArticleMeta, events: readonly Event[]): Promise<MergePlan> {
    this.steps.push({ kind: 'add-article-pairs', articleId: article.id, pairs: pairsOf(events) });
    for (const e of events) {
      const event = e.articleId === article.id ? e : { ...e, articleId: article.id };
      const seq = NEW_SEQ_BASE + this.added.size;
      this.steps.push({ kind: 'insert-event', event, published: article.published });
      this.added.set(event.id, {
        event,
        published: article.published,
        keys: mergeKeysOf(event, article.published),
      });
      await this.mergeEvent({ event, article, seq });
    }
    const incidentIds = [...this.touched.keys()].filter((id) => !this.removed.has(id));
    return { steps: this.steps, incidentIds, changes: this.changesFor(article.id, incidentIds) };
  }

  private async statusOf(incidentId: string): Promise<ClaimStatus | null> {
    const mine = this.incidents.get(incidentId);
    if (mine !== undefined) return mine?.status ?? null;
    return this.lookup.incidentStatus(incidentId);
  }

  private async membersOf(incidentId: string): Promise<StoredMember[]> {
    const mine = this.incidents.get(incidentId);
    if (mine === null) return [];
    if (mine?.members) return [...mine.members];
    const stored = await this.lookup.members(incidentId);
    const kept = stored.filter((m) => this.incidentOf(m.event.id, incidentId) === incidentId);
    return [...kept, ...(mine?.extra ?? [])];
  }

  /** Whether the incident's stored events are all still in it (untouched by the plan, or only extended). */
  private holdsItsStoredEvents(incidentId: string): boolean {
    const mine = this.incidents.get(incidentId);
    return mine === undefined || (mine !== null && mine.members === null);
  }

  /** The event's incident as the plan leaves it; `stored` when the plan has not moved it. */
  private incidentOf(eventId: string, stored: string | null): string | null {
    const mine = this.assigned.get(eventId);
    return mine === undefined ? stored : mine;
  }

  /** An event's body: the plan's own, else read once per plan (the cache goes with the plan). */
  private async eventBody(id: string): Promise<Event> {
    const added = this.added.get(id)?.event ?? this.bodies.get(id);
    if (added) return added;
    const body = await this.lookup.event(id);
    this.bodies.set(id, body);
    return body;
  }

  /**
   * Every candidate event of `event` with its incident as the plan leaves it (null: none): the
   * plan's own new events first, then the stored ones through the lookup a page at a time. Stored
   * events of incidents in `skip` are left out; the caller may add to it between pages.
   */
  private async *eachCandidate(
    event: Event,
    published: string | null,
    skip: ReadonlySet<string> = new Set(),
  ): AsyncGenerator<{ id: string; incidentId: string | null; published: string | null }> {
    const queries = keyQueriesFor(event, published);
    for (const [id, added] of this.added)
      if (id !== event.id && queries.some((q) => added.keys.some((k) => keyMatches(k, q))))
        yield { id, incidentId: this.incidentOf(id, null), published: added.published };
    for (let after = ''; ;) {
      const page = await this.lookup.candidates(queries, {
        after,
        skipIncidents: [...skip],
        limit: CANDIDATE_PAGE,
      });
      for (const c of page)
        if (c.id !== event.id && !this.retracted.has(c.id))
          yield {
            id: c.id,
            incidentId: this.incidentOf(c.id, c.incidentId),
            published: c.published,
          };
      if (page.length < CANDIDATE_PAGE) break;
      after = page[page.length - 1]!.id;
    }
  }

  /** Every candidate event that has an incident, once each, in order of id: what the undated-attack rule weighs. */
  private async candidates(
    event: Event,
    published: string | null,
  ): Promise<{ id: string; incidentId: string; published: string | null }[]> {
    const found = new Map<string, { id: string; incidentId: string; published: string | null }>();
    for await (const c of this.eachCandidate(event, published))
      if (c.incidentId && !found.has(c.id)) found.set(c.id, { ...c, incidentId: c.incidentId });
    return [...found.keys()].sort().map((id) => found.get(id)!);
  }

  /**
   * The incidents (as the plan leaves them) holding an event compatible with `event`. Once a
   * stored incident the plan has not touched is linked, its other events are not read again.
   */
  private async linkedIncidents(event: Event, published: string | null): Promise<Set<string>> {
    const linked = new Set<string>();
    const skip = new Set<string>();
    for await (const c of this.eachCandidate(event, published, skip)) {
      if (!c.incidentId || linked.has(c.incidentId)) continue;
      if (!areEventsCompatible(event, await this.eventBody(c.id), published, c.published)) continue;
      linked.add(c.incidentId);
      // An incident that holds its stored events as they are: one link is enough.
      if (this.holdsItsStoredEvents(c.incidentId)) skip.add(c.incidentId);
    }
    return linked;
  }

  private async mergeEvent(member: StoredMember): Promise<void> {
    const { event, article } = member;
    // a dated attack settles the undated reports that may be it: their candidates, read before
    const settles = !this.settling && isPointLike(event.type) && !isUndatedAttack(event);
    const found = settles ? await this.candidates(event, article.published) : [];
    const linked = await this.linkedIncidents(event, article.published);
    if (isUndatedAttack(event)) {
      const { target } = await this.datedAttackOf(event, article.published);
      if (target) linked.add(target);
    } else if (isUnplacedAttack(event)) {
      const { target } = await this.placedAttackOf(event, article.published);
      if (target) linked.add(target);
    }
    if (!(await this.extend(member, linked))) await this.rederive(member, linked);
    if (settles) {
      this.settling = true;
      try {
        await this.settleUndatedReports(event, found);
        await this.settleUnplacedReports(event, found);
      } finally {
        this.settling = false;
      }
    }
  }

  /** Derives the incident of `member` and the incidents it links in full, from all their members. */
  private async rederive(member: StoredMember, linked: ReadonlySet<string>): Promise<void> {
    const members: StoredMember[] = [member];
    const rows = new Map<string, StoredMember[]>();
    for (const incidentId of [...linked].sort()) {
      const memberRows = await this.membersOf(incidentId);
      rows.set(incidentId, memberRows);
      members.push(...memberRows);
    }
    const derived = deriveIncidentWithTally(members);
    const { incident } = derived;
    // The incident that keeps its id is rewritten in place: its events stay linked.
    for (const incidentId of rows.keys())
      if (incidentId === incident.id) await this.clearIncident(incidentId);
      else await this.deleteIncident(incidentId);
    const kept = (rows.get(incident.id) ?? []).map((r) => r.event.id);
    // Keep the status before this article: the merged incidents' best-known previous status.
    const previous = [...linked].map((id) => this.touched.get(id) ?? null).find((s) => s !== null);
    if (!this.touched.has(incident.id)) this.touched.set(incident.id, previous ?? null);
    this.removed.delete(incident.id);
    this.writeIncident(derived, members, kept);
  }

  /**
   * Adds a new article's event to the one stored incident it links, from the incident's tally and
   * statements, without reading its members: when the incident holds its stored events as they
   * are, keeps its id and has parties (its storyline anchor is then read from the tally). False
   * when it cannot; then the incident is derived in full. Both give the same incident.
   */
  private async extend(member: StoredMember, linked: ReadonlySet<string>): Promise<boolean> {
    const [incidentId] = linked;
    if (linked.size !== 1 || !incidentId || !this.added.has(member.event.id)) return false;
    if (this.incidents.has(incidentId)) return false;
    const tally = await this.lookup.tally(incidentId);
    if (!tally || member.event.id < tally.minEventId) return false;
    addToTally(tally, member);
    const head = headOf(tally);
    if (head.id !== incidentId || head.actors.length + head.recipients.length === 0) return false;
    // The article is new to the incident: the outlet speaks when this report names no source.
    const statements = memberStatements(member, !namesWhoTellsIt(member));
    const figures = memberFigures(member);
    const all = [...(await this.lookup.statements(incidentId)), ...statements];
    const { status, history } = statusOf(head, sortStatements(all));
    await this.retireIncident(incidentId);
    this.removed.delete(incidentId);
    const incident = incidentRowOfHead(head, status, history);
    const row = memberRowOf(member);
    this.steps.push({ kind: 'extend-incident', incident, tally, member: row, statements, figures });
    this.incidents.set(incidentId, { status, members: null, extra: [member] });
    this.assigned.set(member.event.id, incidentId);
    const inOrder = [...figures].sort(compareFigures);
    this.written.set(incidentId, { summary: head.summary, status, history, figures: inOrder });
    return true;
  }

  /**
   * The one dated attack an undated attack report stands for (see undated-attacks.ts): its
   * incident, or null when none or several could be it; `candidates` are the incidents of all
   * that could.
   */
  private async datedAttackOf(
    event: Event,
    published: string | null,
  ): Promise<{ target: string | null; candidates: Set<string> }> {
    const keys = new Set<string>();
    const candidates = new Set<string>();
    // the fits that name the very same sides: they win over fits that only share one
    const exact = { keys: new Set<string>(), candidates: new Set<string>() };
    for (const c of await this.candidates(event, published)) {
      const body = await this.eventBody(c.id);
      if (!mayReportDatedAttack(event, body, published)) continue;
      keys.add(datedAttackKey(body));
      candidates.add(c.incidentId);
      if (!sameSides(event, body)) continue;
      exact.keys.add(datedAttackKey(body));
      exact.candidates.add(c.incidentId);
    }
    const only = (k: Set<string>, i: Set<string>): string | null =>
      k.size === 1 && i.size === 1 ? [...i][0]! : null;
    const target = only(keys, candidates) ?? only(exact.keys, exact.candidates);
    return { target, candidates };
  }

  /**
   * After a dated attack is merged (`found`: its candidates, read before): each undated report
   * that may be it goes where the store now says (joins it when it is the only candidate; leaves
   * the dated attack it had joined when there are now two). Its incident is merged again, so the
   * result does not depend on arrival order.
   */
  private async settleUndatedReports(
    dated: Event,
    found: readonly { id: string; incidentId: string; published: string | null }[],
  ): Promise<void> {
    for (const c of found) {
      const body = await this.eventBody(c.id);
      if (!mayReportDatedAttack(body, dated, c.published)) continue;
      const now = this.incidentOf(c.id, c.incidentId);
      if (!now) continue;
      const { target, candidates } = await this.datedAttackOf(body, c.published);
      const misplaced = target ? target !== now : candidates.has(now);
      if (misplaced) await this.dissolve(now);
    }
  }

  /**
   * The one placed attack of its day an unplaced attack report stands for (see
   * unplaced-attacks.ts): its incident, or null when none fits or the sides made several placed
   * attacks that day (`ambiguous`); `candidates` are the incidents of every placed attack of those
   * sides that day.
   */
  private async placedAttackOf(
    event: Event,
    published: string | null,
  ): Promise<{ target: string | null; candidates: Set<string>; ambiguous: boolean }> {
    const keys = new Set<string>();
    const candidates = new Set<string>();
    // the one place's attack fits when one of its reports does
    let fits = false;
    for (const c of await this.candidates(event, published)) {
      const body = await this.eventBody(c.id);
      if (!isSameDayPlacedAttack(event, body)) continue;
      keys.add(placedAttackKey(body));
      candidates.add(c.incidentId);
      fits ||= mayReportPlacedAttack(event, body);
    }
    const ambiguous = keys.size > 1 || candidates.size > 1;
    return { target: fits && !ambiguous ? [...candidates][0]! : null, candidates, ambiguous };
  }

  /**
   * After an attack is merged (`found`: its candidates, read before): each unplaced report of
   * the same day and sides goes where the store now says (joins the day's one placed attack;
   * leaves the one it had joined when there are now two). As for undated reports.
   */
  private async settleUnplacedReports(
    placed: Event,
    found: readonly { id: string; incidentId: string; published: string | null }[],
  ): Promise<void> {
    for (const c of found) {
      const body = await this.eventBody(c.id);
      if (!isSameDayPlacedAttack(body, placed)) continue;
      const now = this.incidentOf(c.id, c.incidentId);
      if (!now) continue;
      const { target, candidates, ambiguous } = await this.placedAttackOf(body, c.published);
      // a report that does not fit itself may sit with the placed attack beside one that does
      const misplaced = target ? target !== now : ambiguous && candidates.has(now);
      if (misplaced) await this.dissolve(now);
    }
  }

  /** Before an incident is deleted or rewritten: keeps its status for the change log. False when there is none. */
  private async retireIncident(incidentId: string): Promise<boolean> {
    const status = await this.statusOf(incidentId);
    if (status === null) return false;
    if (!this.touched.has(incidentId)) this.touched.set(incidentId, status);
    return true;
  }

  private async deleteIncident(incidentId: string): Promise<void> {
    if (!(await this.retireIncident(incidentId))) return;
    this.steps.push({ kind: 'delete-incident', incidentId });
    this.incidents.set(incidentId, null);
    this.removed.add(incidentId);
  }

  private async clearIncident(incidentId: string): Promise<void> {
    await this.retireIncident(incidentId);
    this.steps.push({ kind: 'clear-incident', incidentId });
  }

  private writeIncident(
    { incident, tally }: { incident: Incident; tally: IncidentTally },
    members: StoredMember[],
    linked: string[],
  ): void {
    this.steps.push({
      kind: 'write-incident',
      incident,
      tally,
      members: members.map(memberRowOf),
      linked,
    });
    const inOrder = [...members].sort((a, b) => a.seq - b.seq);
    this.incidents.set(incident.id, { status: incident.status, members: inOrder, extra: [] });
    for (const m of members) this.assigned.set(m.event.id, incident.id);
    this.written.set(incident.id, incident);
  }

  /** The change log of the article's incidents: each rewrite, a changed status, its figures. */
  private changesFor(articleId: string, incidentIds: readonly string[]): PlannedChange[] {
    const out: PlannedChange[] = [];
    for (const incidentId of incidentIds) {
      const incident = this.written.get(incidentId);
      if (!incident) continue;
      out.push({ kind: 'incident', incidentId, detail: incident.summary });
      if (this.touched.get(incidentId) !== incident.status) {
        const last = incident.history[incident.history.length - 1];
        out.push({
          kind: 'status',
          incidentId,
          detail: `${incident.status}: ${last?.because ?? ''}`,
        });
      }
      for (const f of incident.figures.filter((x) => x.articleId === articleId))
        out.push({
          kind: 'figure',
          incidentId,
          detail: `${f.quantity.value ?? f.quantity.qualifier} ${f.quantity.unit} (${f.source?.code ?? 'outlet'})`,
        });
    }
    return out;
  }
}

/** How a store keeps a member beside its incident. */
function memberRowOf(member: StoredMember): MemberRow {
  const [sayKey, eventId] = memberKeyOf(member);
  return { eventId, articleId: member.article.id, sayKey };
}
