/**
 * The gold claim timeline (`dev-claims.jsonl`, described in `dev-claims-README.md`): for each main
 * claim of a story, every statement about it, its status over time and the figures reported.
 */
import { readFileSync } from 'node:fs';

/** The statuses the gold gives a claim. */
export type GoldStatus = 'asserted' | 'disputed' | 'denied' | 'confirmed';

/** One statement about a claim: who said it, with what stance, when and in which article. */
export interface GoldStatement {
  article: string;
  date: string | null;
  source: string | null;
  stance: string;
  evidence: string;
}

/** One figure reported for a claim, in the gold's unit vocabulary. */
export interface GoldFigure {
  article: string;
  date: string | null;
  source: string | null;
  value: number;
  unit: string;
  as_written: string;
}

/** One main claim with its statements, status history and figures. */
export interface GoldClaim {
  claim: string;
  story: string;
  summary: string;
  types: string[];
  mode: string | null;
  actors: string[];
  recipients: string[];
  date: string | null;
  statements: GoldStatement[];
  status: GoldStatus;
  status_history: { date: string | null; status: GoldStatus; because: string }[];
  figures: GoldFigure[];
}

const REQUIRED = ['claim', 'story', 'types', 'actors', 'recipients', 'statements', 'status'];

/**
 * Reads a gold claim timeline, one JSON object a line; a malformed line throws an error naming
 * the line and what is wrong.
 */
export function readGoldClaims(file: string): GoldClaim[] {
  const claims: GoldClaim[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim().length === 0) return;
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch {
        throw new Error(`${file}:${i + 1} is not valid JSON`);
      }
      const r = (typeof record === 'object' && record !== null ? record : {}) as Record<
        string,
        unknown
      >;
      const missing = REQUIRED.filter((k) => r[k] === undefined);
      if (missing.length > 0)
        throw new Error(`${file}:${i + 1} is not a claim (missing ${missing.join(', ')})`);
      claims.push({
        status_history: [],
        figures: [],
        mode: null,
        date: null,
        summary: '',
        ...(r as Partial<GoldClaim>),
      } as GoldClaim);
    });
  return claims;
}

/** The articles a claim's statements and figures come from. */
export function claimArticles(claim: GoldClaim): Set<string> {
  return new Set([...claim.statements, ...claim.figures].map((s) => s.article));
}
