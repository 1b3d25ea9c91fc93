/**
 * A map that keeps at most `limit` entries, dropping the least recently used: for what a
 * connection keeps per statement text (prepared statements, rewritten SQL). The statements a
 * store runs all the time stay; shapes seen once (a candidate lookup with an unusual number of
 * keys) do not pile up over a long ingest.
 */
export class BoundedCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly limit: number) {}

  /** The value for `key`, made by `make` when it is not held. */
  get(key: string, make: () => V): V {
    const held = this.entries.get(key);
    if (held !== undefined) {
      // Map order is insertion order: re-inserting marks it the most recently used.
      this.entries.delete(key);
      this.entries.set(key, held);
      return held;
    }
    const value = make();
    this.entries.set(key, value);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}
