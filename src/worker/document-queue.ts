import PgBoss from 'pg-boss';
import type { RawDocument } from '../model/index.js';
import type { DocumentSink } from '../watch/document-sink.js';

/** The pg-boss queue fetched documents wait in for a worker. */
export const DOCUMENT_QUEUE = 'sitrep-documents';

/** A RawDocument as a job carries it: the bytes as base64, the rest as is. */
export type DocumentJob = Omit<RawDocument, 'body'> & {
  body: string;
  bodyEncoding: 'base64' | 'text';
};

/** How long a worker may hold a job before it is given to another, and how often it is retried. */
export interface QueueTiming {
  /** A job taken by a worker that dies is retried after this long (default 15 minutes). */
  jobTimeoutSeconds?: number;
  /** Tries of one job before it is failed for good (default 3 retries). */
  retryLimit?: number;
  /** How often expired jobs are looked for (default 30 s). */
  superviseEverySeconds?: number;
}

/** Encodes a document for the queue. */
export function toJob(raw: RawDocument): DocumentJob {
  return typeof raw.body === 'string'
    ? { ...raw, body: raw.body, bodyEncoding: 'text' }
    : { ...raw, body: Buffer.from(raw.body).toString('base64'), bodyEncoding: 'base64' };
}

/** Decodes a queued document. */
export function fromJob(job: DocumentJob): RawDocument {
  const { bodyEncoding, body, ...rest } = job;
  return {
    ...rest,
    body: bodyEncoding === 'base64' ? new Uint8Array(Buffer.from(body, 'base64')) : body,
  };
}

/**
 * Starts pg-boss on the store's PostgreSQL database (its own `pgboss` schema) with the document
 * queue created; the caller stops it.
 *
 * @example
 * const boss = await openDocumentQueue(url);
 */
export async function openDocumentQueue(url: string, timing: QueueTiming = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    max: 2,
    schedule: false,
    maintenanceIntervalSeconds: timing.superviseEverySeconds ?? 30,
  });
  // Connection errors are retried by pg-boss; they must not crash the process.
  boss.on('error', (err) => process.stderr.write(`sitrep: job queue: ${err.message}\n`));
  await boss.start();
  await boss.createQueue(DOCUMENT_QUEUE, {
    name: DOCUMENT_QUEUE,
    retryLimit: timing.retryLimit ?? 3,
    retryDelay: 1,
    expireInSeconds: timing.jobTimeoutSeconds ?? 15 * 60,
  });
  return boss;
}

/**
 * The watcher's sink when the store is PostgreSQL: each fetched document becomes a job, committed
 * before the item is marked seen; workers analyse and store it.
 */
export function queueSink(boss: PgBoss, timing: QueueTiming = {}): DocumentSink {
  const options = {
    retryLimit: timing.retryLimit ?? 3,
    expireInSeconds: timing.jobTimeoutSeconds ?? 15 * 60,
  };
  return async (raw) => {
    const id = await boss.send(DOCUMENT_QUEUE, toJob(raw), options);
    if (!id) throw new Error('the job queue did not take the document');
    return { status: 'queued', articleId: null, events: null, incidents: null };
  };
}
