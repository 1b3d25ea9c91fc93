import type { Repository } from '../../store/repository.js';

/**
 * Values read from the store, kept until the store's change log moves on (any process's ingest
 * writes to it), so pages do not re-read the same crisis on every request.
 */
export class StoreCache {
  private seq = 0;
  private readonly entries = new Map<string, Promise<unknown>>();

  constructor(
    private readonly repository: Repository,
    private readonly maxEntries = 500,
  ) {}

  private checking: Promise<number> | null = null;

  /** The newest change sequence number; drops every cached value when it has moved. */
  version(): Promise<number> {
    // Readers arriving together share one look at the log.
    this.checking ??= this.readVersion().finally(() => {
      this.checking = null;
    });
    return this.checking;
  }

  private async readVersion(): Promise<number> {
    let moved = false;
    for (;;) {
      const changes = await this.repository.changesSince(this.seq, 1000);
      const last = changes.at(-1);
      if (!last) break;
      this.seq = last.seq;
      moved = true;
    }
    if (moved) this.entries.clear();
    return this.seq;
  }

  /** The cached value for `key` at the current store version, or `load()`'s, kept for next time. */
  async get<T>(key: string, load: () => Promise<T>): Promise<T> {
    await this.version();
    const held = this.entries.get(key);
    if (held) return held as Promise<T>;
    const loading = load();
    // A failed load is not kept: the next request tries again.
    loading.catch(() => this.entries.delete(key));
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, loading);
    return loading;
  }
}
