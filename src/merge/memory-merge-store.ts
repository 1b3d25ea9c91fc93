import type { ClaimStatement, ClaimStatus, Event, Figure, Incident } from '../model/index.js';
import type { ArticleMeta } from './derive-incident.js';
import type { IncidentRow, MemberRow } from './incident-rows.js';
import { assembleIncident, incidentRowOf } from './incident-rows.js';
import type { IncidentTally } from './incident-tally.js';
import { copyTally } from './incident-tally.js';
import type { KeyQuery, MergeKey } from './merge-keys.js';
import { keyMatches, mergeKeysOf } from './merge-keys.js';
import type { Candidate, CandidatePage, MergeLookup, StoredMember } from './merge-lookup.js';
import type { MergePlan, MergeStep } from './merge-plan.js';
import type { ArticleToMerge } from './plan-merge.js';
import { planMerge } from './plan-merge.js';

interface HeldEvent {
  event: Event;
  seq: number;
  keys: MergeKey[];
  incidentId: string | null;
  retracted: boolean;
}

/** An incident held as a store keeps it: its row, its tally, and its growing lists. */
interface HeldIncident {
  row: IncidentRow;
  tally: IncidentTally;
  members: MemberRow[];
  statements: ClaimStatement[];
  figures: Figure[];
}

/**
 * Incidents in memory: the merge stage's own reference store. It answers the lookup by scanning
 * (no index) and applies plans step by step, so merging can be run and checked with no database.
 * Storyline steps are not modelled. With `extend` it gives the planner its tallies, so new reports
 * extend incidents as in a database store; without, every incident is derived in full from its
 * members, which the extended incidents must equal.
 *
 * @example
 * const store = new MemoryMergeStore();
 * await store.merge({ article, events });
 */
export class MemoryMergeStore implements MergeLookup {
  private readonly articles = new Map<string, ArticleMeta>();
  private readonly events = new Map<string, HeldEvent>();
  private readonly heldIncidents = new Map<string, HeldIncident>();

  constructor(private readonly options: { extend?: boolean } = {}) {}

  /** Every incident held, put together from its parts. */
  get incidents(): Map<string, Incident> {
    const out = new Map<string, Incident>();
    for (const [id, h] of this.heldIncidents)
      out.set(id, assembleIncident(h.row, h.members, h.statements, h.figures));
    return out;
  }

  /** Plans the article's merge against what is held, applies it, and returns the plan. */
  async merge(input: ArticleToMerge): Promise<MergePlan> {
    const plan = await planMerge(input, this);
    this.articles.set(input.article.id, input.article);
    for (const step of plan.steps) this.apply(step);
    return plan;
  }

  private apply(step: MergeStep): void {
    switch (step.kind) {
      case 'retract-article':
        for (const e of this.events.values())
          if (e.event.articleId === step.articleId && !e.retracted) {
            e.retracted = true;
            e.incidentId = null;
          }
        return;
      case 'delete-incident':
        this.heldIncidents.delete(step.incidentId);
        return;
      case 'unlink-events':
        for (const e of this.events.values())
          if (e.incidentId === step.incidentId) e.incidentId = null;
        return;
      case 'insert-event':
        this.events.set(step.event.id, {
          event: step.event,
          seq: this.events.size,
          keys: mergeKeysOf(step.event, step.published),
          incidentId: null,
          retracted: false,
        });
        return;
      case 'write-incident':
        this.heldIncidents.set(step.incident.id, {
          row: incidentRowOf(step.incident),
          tally: step.tally,
          members: [...step.members],
          statements: [...step.incident.statements],
          figures: [...step.incident.figures],
        });
        for (const id of step.incident.eventIds) this.held(id).incidentId = step.incident.id;
        return;
      case 'extend-incident': {
        const h = this.heldIncidents.get(step.incident.id);
        if (!h) throw new Error(`no incident ${step.incident.id} to extend`);
        h.row = step.incident;
        h.tally = step.tally;
        h.members.push(step.member);
        h.statements.push(...step.statements);
        h.figures.push(...step.figures);
        this.held(step.member.eventId).incidentId = step.incident.id;
        return;
      }
      case 'clear-incident':
      case 'add-article-pairs':
        return;
    }
  }

  private held(eventId: string): HeldEvent {
    const e = this.events.get(eventId);
    if (!e) throw new Error(`no event ${eventId}`);
    return e;
  }

  async candidates(queries: readonly KeyQuery[], page: CandidatePage): Promise<Candidate[]> {
    return [...this.events.values()]
      .filter(
        (e) =>
          !e.retracted &&
          e.event.id > page.after &&
          !(e.incidentId && page.skipIncidents.includes(e.incidentId)) &&
          queries.some((q) => e.keys.some((k) => keyMatches(k, q))),
      )
      .sort((a, b) => (a.event.id < b.event.id ? -1 : 1))
      .slice(0, page.limit)
      .map((e) => ({
        id: e.event.id,
        incidentId: e.incidentId,
        published: this.articleOf(e).published,
      }));
  }

  async event(eventId: string): Promise<Event> {
    return this.held(eventId).event;
  }

  async members(incidentId: string): Promise<StoredMember[]> {
    return [...this.events.values()]
      .filter((e) => e.incidentId === incidentId)
      .sort((a, b) => a.seq - b.seq)
      .map((e) => ({ event: e.event, article: this.articleOf(e), seq: e.seq }));
  }

  async tally(incidentId: string): Promise<IncidentTally | null> {
    const h = this.heldIncidents.get(incidentId);
    return this.options.extend && h ? copyTally(h.tally) : null;
  }

  async statements(incidentId: string): Promise<ClaimStatement[]> {
    const h = this.heldIncidents.get(incidentId);
    return h ? assembleIncident(h.row, [], h.statements, []).statements : [];
  }

  async incidentStatus(incidentId: string): Promise<ClaimStatus | null> {
    return this.heldIncidents.get(incidentId)?.row.status ?? null;
  }

  async articleEvents(articleId: string): Promise<{ id: string; incidentId: string | null }[]> {
    return [...this.events.values()]
      .filter((e) => e.event.articleId === articleId && !e.retracted)
      .sort((a, b) => a.seq - b.seq)
      .map((e) => ({ id: e.event.id, incidentId: e.incidentId }));
  }

  private articleOf(e: HeldEvent): ArticleMeta {
    const meta = this.articles.get(e.event.articleId);
    if (!meta) throw new Error(`no article ${e.event.articleId}`);
    return meta;
  }
}
