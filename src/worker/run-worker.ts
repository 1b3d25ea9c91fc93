import type PgBoss from 'pg-boss';
import type { AnalyzeDocument } from '../store/ingest-document.js';
import { ingestDocument } from '../store/ingest-document.js';
import type { Repository } from '../store/repository.js';
import type { WatchLogger } from '../watch/watch-log.js';
import type { DocumentJob } from './document-queue.js';
import { DOCUMENT_QUEUE, fromJob } from './document-queue.js';

export interface WorkerOptions {
  boss: PgBoss;
  repository: Repository;
  analyze: AnalyzeDocument;
  log: WatchLogger;
  /** How often an idle worker asks for a job (seconds, at least 0.5). */
  pollSeconds?: number;
}

/**
 * `sitrep worker`: takes queued documents one at a time and ingests each through the one ingest
 * path. A job that fails in the store is thrown back for a retry (by this or another worker); one
 * whose analysis fails is logged and completed (analysing it again gives the same failure). A
 * worker killed mid-job loses nothing: its job expires and is retried, and the store keeps an
 * article once however often it arrives. Returns the function that stops taking jobs.
 */
export async function runWorker(options: WorkerOptions): Promise<() => Promise<void>> {
  const { boss, repository, log } = options;
  await boss.work<DocumentJob>(
    DOCUMENT_QUEUE,
    { batchSize: 1, pollingIntervalSeconds: options.pollSeconds ?? 1 },
    async (jobs) => {
      for (const job of jobs) {
        const raw = fromJob(job.data);
        const r = await ingestDocument(repository, raw, options.analyze);
        if (!r.ok && r.stage === 'store') {
          log({
            level: 'warn',
            event: 'job-retry',
            url: raw.url ?? raw.source,
            job: job.id,
            message: r.reason,
          });
          throw r.error instanceof Error ? r.error : new Error(r.reason);
        }
        if (!r.ok) {
          log({
            level: 'warn',
            event: 'job-failed',
            url: raw.url ?? raw.source,
            job: job.id,
            message: r.reason,
          });
          continue;
        }
        log({
          level: 'info',
          event: r.outcome.status === 'duplicate' ? 'item-duplicate' : 'item-ingested',
          url: raw.url ?? raw.source,
          job: job.id,
          articleId: r.outcome.articleId,
          events: r.events,
          incidents: r.outcome.incidentIds.length,
        });
      }
    },
  );
  return async () => {
    await boss.offWork(DOCUMENT_QUEUE);
  };
}
