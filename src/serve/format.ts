import type {
  ActorRef,
  ClaimStatement,
  ClaimStatus,
  Evidence,
  Incident,
  Quantity,
  Span,
  Stance,
} from '../model/index.js';
import type { SafeHtml } from './html.js';
import { escapeHtml, raw } from './html.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2024-11-06` -> `6 Nov 2024`; `2024-11` -> `Nov 2024`; date-times keep their date. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return 'date unknown';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!m) return value;
  const month = m[2] ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!month) return m[1] ?? value;
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

/** The ISO day (or coarser) an incident is placed at on the timeline. */
export function incidentDate(incident: Incident): string | null {
  return incident.when?.date ?? incident.firstReported?.slice(0, 10) ?? null;
}

const QUALIFIER_WORDS: Record<Quantity['qualifier'], string> = {
  exact: '',
  about: 'about ',
  'up to': 'up to ',
  'more than': 'more than ',
  'at least': 'at least ',
  'fewer than': 'fewer than ',
  several: 'several ',
  dozens: 'dozens of ',
  hundreds: 'hundreds of ',
  thousands: 'thousands of ',
};

/** `{value: 10000, unit: 'troops', qualifier: 'about'}` -> `about 10,000 troops`. */
export function formatQuantity(q: Quantity): string {
  if (q.value === null) return q.text;
  return `${QUALIFIER_WORDS[q.qualifier]}${q.value.toLocaleString('en-GB')} ${q.unit}`.trim();
}

export function actorNames(refs: readonly ActorRef[]): string {
  const names = [...new Set(refs.map((r) => r.name))];
  return names.join(', ');
}

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  reported: 'Reported',
  asserted: 'Asserted',
  disputed: 'Disputed',
  denied: 'Denied',
  confirmed: 'Confirmed',
  retracted: 'Retracted',
};

export const STANCE_LABELS: Record<Stance, string> = {
  assert: 'asserts',
  deny: 'denies',
  confirm: 'confirms',
  noncommittal: 'noncommittal',
  retract: 'retracts',
};

/** Who a statement comes from, in words. */
export function sourceName(s: Pick<ClaimStatement, 'source' | 'sourceKind' | 'outlet'>): string {
  if (s.source) return s.source.name;
  if (s.sourceKind === 'unnamed') return 'Unnamed sources';
  return s.outlet ?? 'The outlet';
}

/** "Russia denies", "news.example.org reports": who says it and how. */
export function stanceText(
  s: Pick<ClaimStatement, 'source' | 'sourceKind' | 'outlet' | 'stance'>,
): string {
  const verb =
    s.sourceKind === 'outlet' && s.stance === 'assert' ? 'reports' : STANCE_LABELS[s.stance];
  return `${sourceName(s)} ${verb}`;
}

/** The outlet's name from its URL when the store has none. */
export function outletName(outlet: string | null, url: string | null): string {
  if (outlet) return outlet;
  if (url) {
    try {
      return new URL(url).hostname.replace(/^www\./, '');
    } catch {
      // not a URL: fall through
    }
  }
  return 'Unknown outlet';
}

/**
 * The evidence text with the given absolute spans (those inside it) and literal phrases marked with
 * `<mark>`; everything escaped.
 */
export function markEvidence(
  evidence: Evidence,
  spans: readonly (Span | undefined)[],
  phrases: readonly (string | null | undefined)[] = [],
): SafeHtml {
  const text = evidence.text;
  const ranges: [number, number][] = [];
  const aligned = evidence.span.end - evidence.span.start === text.length;
  if (aligned) {
    for (const s of spans) {
      if (!s || s.start < evidence.span.start || s.end > evidence.span.end || s.end <= s.start)
        continue;
      ranges.push([s.start - evidence.span.start, s.end - evidence.span.start]);
    }
  }
  for (const phrase of phrases) {
    if (!phrase || phrase.length < 2) continue;
    const at = text.toLowerCase().indexOf(phrase.toLowerCase());
    if (at >= 0) ranges.push([at, at + phrase.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  let out = '';
  let pos = 0;
  for (const [start, end] of ranges) {
    if (end <= pos) continue;
    const from = Math.max(start, pos);
    out += escapeHtml(text.slice(pos, from)) + `<mark>${escapeHtml(text.slice(from, end))}</mark>`;
    pos = end;
  }
  out += escapeHtml(text.slice(pos));
  return raw(out);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
