import { wordsTagged } from '../../dictionaries/word-lists.js';
import type { Attribution } from '../../model/index.js';
import type { CueHit, EventCandidate } from '../candidate.js';
import type { CodeContext } from '../context.js';
import { ownersOf } from './confirm-own-acts.js';

// Stances that answer a claim made before: they may refer to the previous sentence's event.
const ANSWERS = new Set(['deny', 'noncommittal', 'confirm', 'retract']);

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function attach(c: EventCandidate, hit: CueHit, why: string): void {
  if (overlaps(hit.span, c.trigger.span)) return;
  const parties = new Set([...c.actors, ...c.recipients].map((r) => r.code));
  const owners = ownersOf(c);
  const sources = hit.sourceKind === 'unnamed' ? [null] : hit.sources;
  for (const source of sources) {
    if (source && c.entry.speech && c.actors.some((a) => a.code === source.code)) continue;
    // "Sylvania denied any involvement in the bombing" rebuts Sylvania's part, not the bombing
    if (hit.rebutsRole && (!source || !parties.has(source.code))) {
      c.notes.push(
        `attribution: ${source?.code ?? '(unnamed)'} denial of its own part via "${hit.text}" left off — not a party to this event`,
      );
      continue;
    }
    let stance = hit.stance;
    // a party owning to its own act confirms it, and so does the side an attack hit owning to its
    // own losses; anyone else who "confirms" (a third state) asserts it
    const confirmers = c.type === 'ASSAULT' ? parties : owners;
    if (stance === 'confirm' && (!source || !confirmers.has(source.code))) stance = 'assert';
    if (c.attributions.some((a) => a.source?.code === source?.code && a.stance === stance))
      continue;
    const attribution: Attribution = {
      sourceKind: source ? 'actor' : 'unnamed',
      source,
      stance,
      saidOn: hit.saidOn,
      cue: hit.text,
      ruleId: `stance/${hit.cueId}`,
      evidence: { span: hit.view.sentence.span, text: hit.view.sentence.text },
    };
    c.attributions.push(attribution);
    c.notes.push(
      `attribution: ${source ? source.code : '(unnamed)'} ${stance} via "${hit.text}" — ${why}`,
    );
  }
}

const ATTACK_WORDS =
  /\b(?:attacks?|strikes?|shelling|ramming|rammed|collision|water cannon|clash(?:es)?|combat|fighting|battles?)\b/i;
const WEAPON_WORDS = /\b(?:missiles?|weapons|arms|shells|munitions|ammunition|drones)\b/i;
// A statement about troops names them (the force nouns tagged "troop-claim") or their deployment.
const troopClaimNouns = wordsTagged('troop-claim');
let troopWords: RegExp | undefined;
const TOPICS: [string, () => RegExp][] = [
  // most specific first: "soldiers in combat" is about fighting, not about the deployment
  ['attack', () => ATTACK_WORDS],
  ['weapons', () => WEAPON_WORDS],
  [
    'troops',
    () =>
      (troopWords ??= new RegExp(
        `\\b(?:${[...troopClaimNouns(), 'presence', 'deployment', 'deployed'].join('|')})\\b`,
        'i',
      )),
  ],
];

function topicOf(text: string): string | null {
  return TOPICS.find(([, re]) => re().test(text))?.[0] ?? null;
}

function topicMatches(c: EventCandidate, topic: string): boolean {
  if (topic === 'troops') return c.mode === 'troops';
  if (topic === 'weapons') return c.mode === 'weapons';
  return c.type === 'ASSAULT' || c.type === 'COERCE';
}

/** The first event, up to the cue's sentence, that a source of the cue did (not a speech act). */
function firstActOf(cands: EventCandidate[], hit: CueHit): EventCandidate | undefined {
  const speakers = new Set(hit.sources.map((s) => s.code));
  return cands
    .filter(
      (c) =>
        c.view.index <= hit.view.index &&
        !c.entry.speech &&
        c.actors.some((a) => speakers.has(a.code)),
    )
    .sort((a, b) => a.view.index - b.view.index || a.trigger.span.start - b.trigger.span.start)[0];
}

/**
 * Attaches each stance cue to the events of its sentence (a claim and its rebuttal are one event
 * with several attributions); a denial or confirmation standing alone answers the events of the
 * sentence before.
 */
export function attachAttributions(
  cands: EventCandidate[],
  { hits }: CodeContext,
): EventCandidate[] {
  const bySentence = new Map<number, EventCandidate[]>();
  for (const c of cands) {
    const list = bySentence.get(c.view.index) ?? [];
    list.push(c);
    bySentence.set(c.view.index, list);
  }
  for (const hit of hits) {
    // "Sylvania defended its actions": its act the article reports first (the news it answers)
    if (hit.ownsAct) {
      const own = firstActOf(cands, hit);
      if (own) attach(own, hit, 'the speaker defends its own act, the first the article reports');
      continue;
    }
    // honouring one's dead owns to losses: it speaks only of attacks, not of the deployment
    const fits = (c: EventCandidate): boolean => !hit.ownsLosses || c.type === 'ASSAULT';
    const here = (bySentence.get(hit.view.index) ?? []).filter(
      (c) => fits(c) && !overlaps(hit.span, c.trigger.span),
    );
    if (here.length > 0) {
      for (const c of here)
        attach(c, hit, `cue in the same sentence (source ${hit.sourceFrom} the cue)`);
      continue;
    }
    // "This was stated by X", "It was confirmed by Y": an assertion about the sentence before
    const anaphoric =
      /^(?:this|that|it|these|those|such)\b/i.test(hit.view.sentence.text) || hit.text === '';
    if (!ANSWERS.has(hit.stance) && !anaphoric) continue;
    // the answer names its topic ("the presence of its forces"): the latest event on that topic
    const topic = topicOf(hit.view.sentence.text);
    let earlier = cands.filter(
      (c) =>
        fits(c) &&
        c.view.index < hit.view.index &&
        c.view.index >= hit.view.index - 4 &&
        !c.entry.speech,
    );
    // a lead that denies what the article goes on to report: the claim comes after it
    if (topic && !earlier.some((c) => topicMatches(c, topic)))
      earlier = cands.filter(
        (c) =>
          fits(c) &&
          c.view.index > hit.view.index &&
          c.view.index <= hit.view.index + 4 &&
          !c.entry.speech,
      );
    const onTopic = topic ? earlier.filter((c) => topicMatches(c, topic)) : [];
    if (onTopic.length > 0) {
      const latest = onTopic.some((c) => c.view.index < hit.view.index)
        ? Math.max(...onTopic.map((c) => c.view.index))
        : Math.min(...onTopic.map((c) => c.view.index));
      for (const c of onTopic.filter((x) => x.view.index === latest))
        attach(c, hit, `answers the latest claim about ${topic}`);
      continue;
    }
    for (let k = hit.view.index - 1; k >= Math.max(0, hit.view.index - 2); k--) {
      const prev = (bySentence.get(k) ?? []).filter((c) => fits(c) && !c.entry.speech);
      if (prev.length === 0) continue;
      for (const c of prev) attach(c, hit, 'answers the claim of the sentence before');
      break;
    }
  }
  return cands;
}
