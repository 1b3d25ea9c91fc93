interface HostSlot {
  active: number;
  waiting: (() => void)[];
  nextStart: number;
}

/** Per-host politeness: at most `concurrency` requests at once and `intervalMs` between starts. */
export class HostLimiter {
  private readonly hosts = new Map<string, HostSlot>();
  private readonly extraInterval = new Map<string, number>();

  constructor(
    private readonly concurrency: number,
    private readonly intervalMs: number,
  ) {}

  /** Raises the interval for one host (e.g. a robots.txt Crawl-delay). */
  setHostInterval(host: string, ms: number): void {
    this.extraInterval.set(host, ms);
  }

  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const slot = await this.acquire(host);
    try {
      return await task();
    } finally {
      this.release(host, slot);
    }
  }

  private async acquire(host: string): Promise<HostSlot> {
    let slot = this.hosts.get(host);
    if (!slot) {
      slot = { active: 0, waiting: [], nextStart: 0 };
      this.hosts.set(host, slot);
    }
    if (slot.active >= this.concurrency) {
      await new Promise<void>((resolve) => slot!.waiting.push(resolve));
    } else {
      slot.active++;
    }
    const interval = Math.max(this.intervalMs, this.extraInterval.get(host) ?? 0);
    const now = Date.now();
    const start = Math.max(now, slot.nextStart);
    slot.nextStart = start + interval;
    if (start > now) await new Promise((r) => setTimeout(r, start - now));
    return slot;
  }

  private release(host: string, slot: HostSlot): void {
    const next = slot.waiting.shift();
    // The slot passes straight to the next waiter, so `active` stays the same.
    if (next) return next();
    slot.active--;
    // Forget idle hosts so a long watch over many hosts does not grow memory.
    if (slot.active === 0 && slot.nextStart <= Date.now()) this.hosts.delete(host);
  }
}
