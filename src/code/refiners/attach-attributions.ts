import { wordsTagged } from '../../dictionaries/word-lists.js';
import type { Attribution } from '../../model/index.js';
import type { CueHit, EventCandidate } from '../candidate.js';
import type { CodeContext } from '../context.js';
import {
  answeringSpeakersAct,
  coordinatedWithCue,
  speakersActBeforeCue,
} from './answering-speaker.js';
import { ownersOf } from './confirm-own-acts.js';
import { localPoliceOf } from './local-police.js';
import { lossDenialTargets } from './loss-denials.js';

// Stances that answer a claim made before: they may refer to the previous sentence's event.
const ANSWERS = new Set(['deny', 'noncommittal', 'confirm', 'retract']);

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Attaches what a cue says to an event: each of its sources with its stance (a party's own word
 * confirms, anyone else's "confirm" asserts), noting `why` on the event.
 */
export function attachCue(c: EventCandidate, hit: CueHit, why: string): void {
  if (overlaps(hit.span, c.trigger.span)) return;
  const parties = new Set([...c.actors, ...c.recipients].map((r) => r.code));
  const owners = ownersOf(c);
  const sources = hit.localPolice
    ? localPoliceOf(c)
    : hit.sourceKind === 'unnamed'
      ? [null]
      : hit.sources;
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

const claimNouns = wordsTagged('claim-noun');

// "rejected such accusations", "dismissed the reports": the cue names claims.
function namesClaims(hit: CueHit): boolean {
  return hit.text
    .toLowerCase()
    .split(/[^a-z]+/)
    .some((w) => claimNouns().has(w));
}

// An act a source other than the cue's own speakers asserts (the claim a denial of claims answers).
function assertedByOthers(c: EventCandidate, hit: CueHit): boolean {
  return c.attributions.some(
    (a) =>
      a.stance === 'assert' &&
      a.source !== null &&
      !hit.sources.some((s) => s.code === a.source?.code),
  );
}

const knowledgeNouns = wordsTagged('knowledge-noun');
const TOLD_OF = 'told-of';
// The noun before "of" and an article, right before a topic word ("warning of the strike").
const BEHIND_OF = /\b([a-z]+)\s+of\s+(?:the\s+|an?\s+|any\s+|this\s+)?$/i;

// The topic a statement names, or null; 'told-of' where it names events only as what one knew
// or was told of them ("denied prior knowledge of the attack", "no advance warning of the
// strike"): such a statement answers no claim of the event.
// Each topic's words as a global pattern, for reading every place a statement names them.
const everyTopicWord = new Map<string, RegExp>();
function topicWords(topic: string, re: () => RegExp): RegExp {
  let global = everyTopicWord.get(topic);
  if (!global) everyTopicWord.set(topic, (global = new RegExp(re().source, 'gi')));
  return global;
}

function topicOf(text: string): string | null {
  let toldOf = false;
  for (const [topic, re] of TOPICS) {
    for (const m of text.matchAll(topicWords(topic, re))) {
      const of = BEHIND_OF.exec(text.slice(Math.max(0, m.index - 40), m.index));
      if (!of || !knowledgeNouns().has((of[1] ?? '').toLowerCase())) return topic;
      toldOf = true;
    }
  }
  return toldOf ? TOLD_OF : null;
}

// A cue that opens a statement of its own after another: "denied the accusation and said its
// troops …", "…, saying". Cues given as alternatives share what follows ("confirmed or denied
// the deployment"), and a cue word inside the first cue's object is part of it ("declined to
// comment on the reported deployment").
const NEXT_STATEMENT = /(?:^|\s)(?:and|but|while)\s+$|[,;:]\s*$/;

/**
 * The part of a cue's sentence that is the cue's own: up to the next cue in it that opens a
 * statement of its own. In "Xia denied the accusation and said its troops had responded", the
 * troops are what "said" tells, and the denial names no topic of its own.
 */
function ownStretch(hit: CueHit, hits: readonly CueHit[]): string {
  const { text, span } = hit.view.sentence;
  for (const h of hits)
    if (
      h.view === hit.view &&
      h.span.start >= hit.span.end &&
      NEXT_STATEMENT.test(text.slice(hit.span.end - span.start, h.span.start - span.start))
    )
      return text.slice(0, h.span.start - span.start);
  return text;
}

function topicMatches(c: EventCandidate, topic: string): boolean {
  if (topic === 'troops') return c.mode === 'troops';
  if (topic === 'weapons') return c.mode === 'weapons';
  // the attack words name acts of violence: a seizure or a blockade is no "collision" or "clash"
  return c.type === 'ASSAULT';
}

// Restraint answers an accusation of force: a denial of one's own conduct speaks to an attack or a
// coercive act ("its coast guard was restrained"), not to a meeting or an agreement.
const FORCE_TYPES = new Set(['ASSAULT', 'COERCE']);

/**
 * The first event that a source of the cue did (not a speech act): the first up to the cue's
 * sentence, else the first after it (a lead that characterises what the article goes on to tell).
 */
function firstActOf(cands: EventCandidate[], hit: CueHit): EventCandidate | undefined {
  const speakers = new Set(hit.sources.map((s) => s.code));
  const acts = cands
    .filter(
      (c) =>
        !c.entry.speech &&
        c.actors.some((a) => speakers.has(a.code)) &&
        (hit.stance !== 'deny' || FORCE_TYPES.has(c.type)),
    )
    .sort((a, b) => a.view.index - b.view.index || a.trigger.span.start - b.trigger.span.start);
  return acts.find((c) => c.view.index <= hit.view.index) ?? acts[0];
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
    // "Sylvania defended its actions", "its forces acted with restraint": its act the article
    // reports first (the news it answers)
    if (hit.ownConduct) {
      const own = firstActOf(cands, hit);
      if (own)
        attachCue(own, hit, 'the speaker characterises its own act, the first the article reports');
      continue;
    }
    // honouring one's dead owns to losses: it speaks only of attacks, not of the deployment
    const fits = (c: EventCandidate): boolean => !hit.ownsLosses || c.type === 'ASSAULT';
    const here = (bySentence.get(hit.view.index) ?? []).filter(
      (c) =>
        fits(c) &&
        !overlaps(hit.span, c.trigger.span) &&
        !answeringSpeakersAct(c, hit, hits) &&
        !speakersActBeforeCue(c, hit) &&
        !coordinatedWithCue(c, hit),
    );
    if (here.length > 0) {
      for (const c of here)
        attachCue(c, hit, `cue in the same sentence (source ${hit.sourceFrom} the cue)`);
      continue;
    }
    // "This was stated by X", "It was confirmed by Y": an assertion about the sentence before
    const anaphoric =
      /^(?:this|that|it|these|those|such)\b/i.test(hit.view.sentence.text) || hit.text === '';
    if (!ANSWERS.has(hit.stance) && !anaphoric) continue;
    // the answer names its topic ("the presence of its forces"): the latest event on that topic
    const topic = topicOf(ownStretch(hit, hits));
    if (topic === TOLD_OF) continue;
    // a denial of one's own part ("Sylvania is to blame for the clash") answers only an event the
    // speaker is a party to: a mention with no parties or a third side's act cannot take it
    const answerable = (c: EventCandidate): boolean =>
      !c.entry.speech &&
      (!hit.rebutsRole ||
        hit.sources.some((s) => [...c.actors, ...c.recipients].some((r) => r.code === s.code)));
    let earlier = cands.filter(
      (c) =>
        fits(c) &&
        c.view.index < hit.view.index &&
        c.view.index >= hit.view.index - 4 &&
        answerable(c),
    );
    // "… saying no aircraft were lost": a denial of losses answers what its speaker suffered
    const suffered = lossDenialTargets(hit, earlier);
    if (suffered) {
      for (const c of suffered)
        attachCue(c, hit, 'a denial of losses answers the acts its speaker suffered');
      continue;
    }
    // a lead that denies what the article goes on to report: the claim comes after it
    if (topic && !earlier.some((c) => topicMatches(c, topic)))
      earlier = cands.filter(
        (c) =>
          fits(c) &&
          c.view.index > hit.view.index &&
          c.view.index <= hit.view.index + 4 &&
          answerable(c),
      );
    const onTopic = topic ? earlier.filter((c) => topicMatches(c, topic)) : [];
    if (onTopic.length > 0) {
      const latest = onTopic.some((c) => c.view.index < hit.view.index)
        ? Math.max(...onTopic.map((c) => c.view.index))
        : Math.min(...onTopic.map((c) => c.view.index));
      for (const c of onTopic.filter((x) => x.view.index === latest))
        attachCue(c, hit, `answers the latest claim about ${topic}`);
      continue;
    }
    // a denial of one's part in a named kind of event ("to blame for the clash") answers only that
    if (topic && hit.rebutsRole) continue;
    for (let k = hit.view.index - 1; k >= Math.max(0, hit.view.index - 2); k--) {
      const prev = (bySentence.get(k) ?? []).filter((c) => fits(c) && answerable(c));
      if (prev.length === 0) continue;
      const claimed = namesClaims(hit) ? prev.filter((c) => assertedByOthers(c, hit)) : [];
      if (claimed.length > 0)
        for (const c of claimed)
          attachCue(c, hit, 'answers the claims of the sentence before: the acts others assert');
      else for (const c of prev) attachCue(c, hit, 'answers the claim of the sentence before');
      break;
    }
  }
  return cands;
}
