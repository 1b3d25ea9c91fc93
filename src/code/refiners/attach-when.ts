import type { TimeMention } from '../../model/index.js';
import type { EventCandidate } from '../candidate.js';
import type { CodeContext } from '../context.js';
import { tokenIndexAt } from '../sentence-view.js';

const CLAUSE_BREAK = new Set([
  ';',
  'that',
  'which',
  'who',
  'following',
  'after',
  'before',
  'while',
  'when',
  'since',
  'amid',
  'although',
  'though',
  'but',
  'whereas',
]);
const PRESENT = new Set([
  'is',
  'are',
  'has',
  'have',
  "'s",
  'remain',
  'remains',
  'now',
  'currently',
  'continue',
  'continues',
]);

function inClause(c: EventCandidate, at: number): boolean {
  const [a, b] = at < c.first ? [at + 1, c.first] : [c.last + 1, at];
  for (let i = a; i < b; i++) if (CLAUSE_BREAK.has(c.view.tokens[i]?.lower ?? '')) return false;
  return Math.abs(at - c.first) <= 20;
}

function presentTense(c: EventCandidate): boolean {
  const words = c.view.tokens.slice(Math.max(0, c.first - 4), c.first).map((t) => t.lower);
  if (words.some((w) => PRESENT.has(w))) return true;
  const after = c.view.tokens.slice(c.last + 1, c.last + 3).map((t) => t.lower);
  return c.entry.presence === true && !after.includes('were') && !after.includes('was');
}

// Attacks and coercion recur: an undated one told right after a dated scene continues that scene.
const SCENE_TYPES = new Set(['ASSAULT', 'COERCE']);
const SCENE_DAYS = 31;

/** The one recent past day the sentence before names, if it names exactly one. */
function sceneDate(
  c: EventCandidate,
  previous: Map<number, TimeMention[]>,
  published: string | null,
  otherEvents: Set<number>,
): TimeMention | null {
  if (!SCENE_TYPES.has(c.type) || !published || published.length < 10) return null;
  // a date that belongs to another kind of event is not a scene
  if (otherEvents.has(c.view.index - 1)) return null;
  const days = (previous.get(c.view.index - 1) ?? []).filter(
    (m) => m.when?.precision === 'day' && m.when.date < published.slice(0, 10),
  );
  const dates = new Set(days.map((m) => m.when?.date));
  const [m] = days;
  if (!m?.when || dates.size !== 1) return null;
  const gap = Date.parse(published.slice(0, 10)) - Date.parse(m.when.date);
  return gap <= SCENE_DAYS * 86_400_000 ? m : null;
}

/** The scene an attack in the sentence before continued, if the sentences between hold no other act. */
function continuedScene(
  c: EventCandidate,
  scenes: Map<number, TimeMention>,
  otherEvents: Set<number>,
): TimeMention | null {
  if (!SCENE_TYPES.has(c.type) || otherEvents.has(c.view.index - 1)) return null;
  return scenes.get(c.view.index - 1) ?? null;
}

/**
 * Dates an event: a resolved time in its own clause; else the date of the statement that
 * reports it; else, for a current state or fresh news (present, present perfect), the
 * publication date; plans and undated past events stay undated.
 */
export function attachWhen(
  cands: EventCandidate[],
  { published, views }: CodeContext,
): EventCandidate[] {
  const times = new Map(
    views.map((v) => [v.index, v.mentions.filter((m): m is TimeMention => m.kind === 'time')]),
  );
  const otherEvents = new Set(
    cands.filter((c) => !SCENE_TYPES.has(c.type)).map((c) => c.view.index),
  );
  // sentences whose attack took its date from the scene before: the scene goes on after them
  const scenes = new Map<number, TimeMention>();
  for (const c of cands) {
    // a threat is made when it is said; other plans keep no date
    if (c.modality === 'planned' && c.type === 'THREATEN') {
      const said = c.attributions.find((a) => a.saidOn !== null);
      if (said?.saidOn) {
        c.when = {
          date: said.saidOn,
          precision: said.saidOn.length === 10 ? 'day' : 'month',
          text: said.cue ?? '',
        };
        c.whenSource = 'said';
        c.notes.push(`date ${said.saidOn}: a threat is dated by the statement that makes it`);
      }
      continue;
    }
    // a plan's own date lies ahead: plans keep no date
    if (c.modality === 'planned' || c.modality === 'future') continue;
    let best: { d: number; m: TimeMention } | null = null;
    for (const m of c.view.mentions) {
      if (m.kind !== 'time' || !m.when) continue;
      const at = tokenIndexAt(c.view, m.span.start);
      const before = c.view.tokens[at - 1]?.lower ?? '';
      if (before === 'since' && (c.view.tokens[at - 3]?.lower ?? '') === 'first') continue;
      if (!inClause(c, at)) continue;
      const d = Math.abs(at - c.first);
      if (!best || d < best.d) best = { d, m };
    }
    if (best?.m.when) {
      c.when = best.m.when;
      c.whenSource = 'text';
      c.notes.push(`date ${best.m.when.date} from "${best.m.text}" in the clause`);
      continue;
    }
    // "He also claimed that X seized ...": an attack told right after a scene's attack continues it
    const scene =
      sceneDate(c, times, published, otherEvents) ?? continuedScene(c, scenes, otherEvents);
    const ownSaid = c.attributions.some(
      (a) =>
        a.saidOn !== null &&
        a.saidOn !== published?.slice(0, 10) &&
        a.evidence.span.start === c.view.sentence.span.start,
    );
    if (scene?.when && !ownSaid) {
      c.when = scene.when;
      c.whenSource = 'text';
      scenes.set(c.view.index, scene);
      c.notes.push(
        `date ${scene.when.date} from "${scene.text}": the scene of the sentence before`,
      );
      continue;
    }
    const said = c.attributions.find(
      (a) => a.saidOn !== null && a.evidence.span.start === c.view.sentence.span.start,
    );
    const fresh = presentTense(c) || c.attributions.length > 0;
    if (said?.saidOn && fresh) {
      c.when = {
        date: said.saidOn,
        precision: said.saidOn.length === 10 ? 'day' : said.saidOn.length === 7 ? 'month' : 'year',
        text: said.cue ?? '',
      };
      c.whenSource = said.saidOn === published?.slice(0, 10) ? 'published' : 'said';
      c.notes.push(`date ${said.saidOn}: the date of the statement that reports it`);
    } else if (published && /^\d{4}-\d{2}/.test(published) && c.modality === 'asserted') {
      // reported as news without a date of its own: the report's date
      const date = published.length >= 10 ? published.slice(0, 10) : published.slice(0, 7);
      c.when = {
        date,
        precision: date.length === 10 ? 'day' : 'month',
        text: 'publication date',
        ...(fresh ? {} : { fromPage: true as const }),
      };
      c.whenSource = 'published';
      c.notes.push(
        `date: publication date (${fresh ? 'current state or fresh news' : 'reported without a date of its own'})`,
      );
    }
  }
  return cands;
}
