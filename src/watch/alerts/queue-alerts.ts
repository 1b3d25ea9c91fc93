import type { Change, Repository } from '../../store/repository.js';
import type { AlertKind, AlertSubscription, WatchStore } from '../../store/watch-store.js';

/** The change-log kinds each alert kind listens to. */
const KIND_OF_CHANGE: Partial<Record<Change['kind'], AlertKind>> = {
  status: 'status',
  figure: 'figure',
  incident: 'new',
};

const PAGE = 500;

async function headSeq(repository: Repository): Promise<number> {
  let seq = 0;
  for (;;) {
    const page = await repository.changesSince(seq, PAGE);
    if (page.length === 0) return seq;
    seq = page[page.length - 1]!.seq;
  }
}

/**
 * The log has an `incident` entry whenever an article touches an incident and a `status` entry
 * when its status differs from before (a new incident included): "new" keeps only the incident's
 * first article, "status" only a change from an earlier status.
 */
async function isAlertable(
  repository: Repository,
  change: Change,
  kind: AlertKind,
): Promise<boolean> {
  if (kind === 'figure') return true;
  const incident = change.incidentId ? await repository.getIncident(change.incidentId) : null;
  if (!incident) return false;
  const at = incident.history.findIndex((h) => h.articleId === change.articleId);
  if (kind === 'new') return at === 0 || (at === -1 && incident.articleIds[0] === change.articleId);
  return at > 0;
}

/** The JSON body sent to a webhook for one change. */
export async function buildAlertPayload(
  repository: Repository,
  subscription: AlertSubscription,
  change: Change,
  kind: AlertKind,
): Promise<Record<string, unknown> | null> {
  const incident = change.incidentId ? await repository.getIncident(change.incidentId) : null;
  if (subscription.crisisId !== null && incident?.crisisId !== subscription.crisisId) return null;
  return {
    type: kind,
    subscription: subscription.id,
    change: {
      seq: change.seq,
      at: change.at,
      kind: change.kind,
      detail: change.detail,
      articleId: change.articleId,
      incidentId: change.incidentId,
    },
    incident: incident
      ? {
          id: incident.id,
          crisisId: incident.crisisId,
          type: incident.type,
          status: incident.status,
          summary: incident.summary,
          actors: incident.actors.map((a) => a.code),
          recipients: incident.recipients.map((a) => a.code),
          history: incident.history,
        }
      : null,
  };
}

/**
 * Reads the change log after each subscription's cursor and queues one delivery per matching
 * change (queue and cursor move in one transaction). A new subscription starts at the head.
 */
export async function queueAlerts(store: WatchStore, repository: Repository): Promise<number> {
  let queued = 0;
  for (const sub of store.listSubscriptions()) {
    if (sub.cursor === null) {
      store.queueDeliveries(sub.id, await headSeq(repository), []);
      continue;
    }
    let cursor = sub.cursor;
    for (;;) {
      const changes = await repository.changesSince(cursor, PAGE);
      if (changes.length === 0) break;
      const deliveries: { changeSeq: number; payload: string }[] = [];
      for (const change of changes) {
        const kind = KIND_OF_CHANGE[change.kind];
        if (!kind || !sub.kinds.includes(kind)) continue;
        if (!(await isAlertable(repository, change, kind))) continue;
        const payload = await buildAlertPayload(repository, sub, change, kind);
        if (payload) deliveries.push({ changeSeq: change.seq, payload: JSON.stringify(payload) });
      }
      cursor = changes[changes.length - 1]!.seq;
      store.queueDeliveries(sub.id, cursor, deliveries);
      queued += deliveries.length;
    }
  }
  return queued;
}
