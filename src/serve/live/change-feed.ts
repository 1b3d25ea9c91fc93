import type { Incident } from '../../model/index.js';
import type { Change, Repository } from '../../store/repository.js';
import { incidentDate } from '../format.js';

/** One Server-Sent Event, ready to write. */
export interface LiveMessage {
  id: string;
  event: 'incident' | 'article';
  data: string;
}

type Listener = (messages: LiveMessage[]) => void;

const BATCH = 500;

/**
 * Polls the store's change log (another process may be ingesting) and fans each batch out to every
 * open stream, rendering each changed incident once however many readers there are.
 */
export class ChangeFeed {
  private lastSeq: number | null = null;
  private readonly listeners = new Set<Listener>();
  private timer: NodeJS.Timeout | null = null;
  private polling: Promise<void> | null = null;
  private closed = false;
  private unlisten: Promise<(() => Promise<void>) | null> | null = null;

  constructor(
    private readonly repository: Repository,
    private readonly renderIncident: (incident: Incident) => string | Promise<string>,
    private readonly intervalMs = 500,
  ) {}

  /** The newest change sequence number seen; reads the whole log once on first use. */
  async currentSeq(): Promise<number> {
    if (this.lastSeq === null) {
      let seq = 0;
      for (;;) {
        const changes = await this.repository.changesSince(seq, 5000);
        const last = changes.at(-1);
        if (!last) break;
        seq = last.seq;
      }
      // Another caller may have finished first while we awaited.
      this.lastSeq ??= seq;
    }
    return this.lastSeq;
  }

  /** Listens for changes after the returned sequence number; call the returned function to stop. */
  async subscribe(listener: Listener): Promise<{ from: number; unsubscribe: () => void }> {
    const from = await this.currentSeq();
    this.listeners.add(listener);
    this.start();
    return {
      from,
      unsubscribe: () => {
        this.listeners.delete(listener);
        if (this.listeners.size === 0) this.stop();
      },
    };
  }

  get subscriberCount(): number {
    return this.listeners.size;
  }

  /** The messages for changes in `(since, until]`, for a reader reconnecting with Last-Event-ID. */
  async replay(since: number, until: number): Promise<LiveMessage[]> {
    const changes: Change[] = [];
    let seq = since;
    while (seq < until) {
      const batch = (await this.repository.changesSince(seq, BATCH)).filter((c) => c.seq <= until);
      const last = batch.at(-1);
      if (!last) break;
      changes.push(...batch);
      seq = last.seq;
      if (changes.length >= 5 * BATCH) break;
    }
    return this.toMessages(changes);
  }

  /** Checks the log now; the timer calls it every interval. */
  poll(): Promise<void> {
    // A notification may still arrive after close, when the store may be closed too.
    if (this.closed) return Promise.resolve();
    this.polling ??= this.pollOnce().finally(() => {
      this.polling = null;
    });
    return this.polling;
  }

  /** Stops polling; resolves once a poll in flight has finished, so the store can close after. */
  async close(): Promise<void> {
    this.closed = true;
    this.stop();
    this.listeners.clear();
    await this.polling?.catch(() => undefined);
  }

  private start(): void {
    if (this.timer || this.closed) return;
    const tick = (): void => {
      this.poll().catch((err: unknown) => {
        // A poll cut short by shutdown (the store closing under it) is not a failure to report.
        if (this.closed) return;
        process.stderr.write(`sitrep serve: live update failed: ${String(err)}\n`);
      });
    };
    this.timer = setInterval(tick, this.intervalMs);
    this.timer.unref();
    // A store that notifies commits (PostgreSQL) wakes the feed at once; the timer stays as a net.
    this.unlisten = this.repository.onChanges?.(tick).catch(() => null) ?? null;
  }

  private stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    const unlisten = this.unlisten;
    this.unlisten = null;
    void unlisten?.then((stop) => stop?.());
  }

  private async pollOnce(): Promise<void> {
    let seq = await this.currentSeq();
    const changes: Change[] = [];
    for (;;) {
      const batch = await this.repository.changesSince(seq, BATCH);
      const last = batch.at(-1);
      if (!last) break;
      changes.push(...batch);
      seq = last.seq;
      if (batch.length < BATCH) break;
    }
    if (changes.length === 0) return;
    const messages = await this.toMessages(changes);
    // Set before broadcasting so a reader subscribing now replays up to here and no further.
    this.lastSeq = seq;
    for (const listener of this.listeners) listener(messages);
  }

  private async toMessages(changes: readonly Change[]): Promise<LiveMessage[]> {
    const byIncident = new Map<string, Change[]>();
    const messages: { seq: number; message: LiveMessage }[] = [];
    for (const change of changes) {
      if (change.incidentId) {
        const list = byIncident.get(change.incidentId) ?? [];
        list.push(change);
        byIncident.set(change.incidentId, list);
      } else if (change.kind === 'article') {
        messages.push({
          seq: change.seq,
          message: {
            id: String(change.seq),
            event: 'article',
            data: JSON.stringify({
              seq: change.seq,
              articleId: change.articleId,
              detail: change.detail,
            }),
          },
        });
      }
    }
    for (const [incidentId, list] of byIncident) {
      const incident = await this.repository.getIncident(incidentId);
      if (!incident) continue;
      const seq = Math.max(...list.map((c) => c.seq));
      messages.push({
        seq,
        message: {
          id: String(seq),
          event: 'incident',
          data: JSON.stringify({
            seq,
            kinds: [...new Set(list.map((c) => c.kind))],
            details: list.map((c) => c.detail),
            incidentId,
            crisisId: incident.crisisId,
            type: incident.type,
            status: incident.status,
            date: incidentDate(incident),
            actors: [...new Set([...incident.actors, ...incident.recipients].map((a) => a.code))],
            html: await this.renderIncident(incident),
          }),
        },
      });
    }
    return messages.sort((a, b) => a.seq - b.seq).map((m) => m.message);
  }
}
