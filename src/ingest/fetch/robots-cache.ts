import robotsParserModule from 'robots-parser';
import { ROBOTS_AGENT } from './user-agent.js';

interface RobotsRule {
  allows: (url: string) => boolean;
  crawlDelayMs: number;
  expires: number;
  /** Why robots.txt could not be read (then nothing is allowed until it expires). */
  unavailable?: string;
}

/** What fetching robots.txt gave: its text and status, or why it could not be fetched. */
export type RobotsFetch = { status: number; body: string } | { failed: true; reason: string };

// The package's typings declare a namespace; at run time the default export is the parser.
const robotsParser = robotsParserModule as unknown as (
  url: string,
  text: string,
) => {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
};

const ALLOW_ALL_MS = 24 * 3600_000;
const DISALLOW_MS = 10 * 60_000;

/**
 * robots.txt per origin, cached. A 4xx means no rules (allow); a 5xx or a failed fetch means
 * disallow for a while, as RFC 9309 asks.
 */
export class RobotsCache {
  private readonly rules = new Map<string, RobotsRule>();
  private readonly pending = new Map<string, Promise<RobotsRule>>();

  constructor(
    private readonly load: (robotsUrl: string) => Promise<RobotsFetch>,
    private readonly ttlMs = 6 * 3600_000,
  ) {}

  /** Whether `url` may be fetched, and the crawl delay its host asks for. */
  async check(url: URL): Promise<{ allowed: boolean; crawlDelayMs: number; unavailable?: string }> {
    const rule = await this.ruleFor(url.origin);
    return {
      allowed: rule.allows(url.href),
      crawlDelayMs: rule.crawlDelayMs,
      ...(rule.unavailable !== undefined ? { unavailable: rule.unavailable } : {}),
    };
  }

  private async ruleFor(origin: string): Promise<RobotsRule> {
    const cached = this.rules.get(origin);
    if (cached && cached.expires > Date.now()) return cached;
    let pending = this.pending.get(origin);
    if (!pending) {
      pending = this.fetchRule(origin).finally(() => this.pending.delete(origin));
      this.pending.set(origin, pending);
    }
    return pending;
  }

  private async fetchRule(origin: string): Promise<RobotsRule> {
    const robotsUrl = `${origin}/robots.txt`;
    const got = await this.load(robotsUrl);
    const now = Date.now();
    let rule: RobotsRule;
    if ('failed' in got || got.status >= 500) {
      const unavailable = 'failed' in got ? got.reason : `it answered ${got.status}`;
      rule = { allows: () => false, crawlDelayMs: 0, expires: now + DISALLOW_MS, unavailable };
    } else if (got.status >= 400) {
      rule = { allows: () => true, crawlDelayMs: 0, expires: now + ALLOW_ALL_MS };
    } else {
      const parsed = robotsParser(robotsUrl, got.body);
      const delay = parsed.getCrawlDelay(ROBOTS_AGENT);
      rule = {
        allows: (u) => parsed.isAllowed(u, ROBOTS_AGENT) !== false,
        crawlDelayMs: Math.min(60_000, (delay ?? 0) * 1000),
        expires: now + this.ttlMs,
      };
    }
    this.rules.set(origin, rule);
    return rule;
  }
}
