import type { ActorRef } from '../../model/index.js';
import { wordsTagged } from '../../dictionaries/word-lists.js';
import type { CueHit, EventCandidate } from '../candidate.js';
import type { CodeContext } from '../context.js';
import {
  clauseRoles,
  describeClause,
  type ClauseRoles,
  laterVerbOfSubject,
  readsClause,
  readSyntaxAhead,
} from '../roles/clause-roles.js';
import { namesParty } from '../sentence-view.js';
import { namesSideHelped } from '../roles/beneficiary.js';
import { nearNounSubject, possessivePronounOwner } from '../roles/noun-subject.js';
import { responsibilityClaimer } from '../roles/claimed-responsibility.js';
import { namesTroops } from '../roles/names-troops.js';
import { objectMaker } from '../roles/object-maker.js';
import { objectOfParty } from '../roles/object-of-party.js';
import { opensPartitiveObject } from '../roles/partitive-object.js';
import { actsOnOwnState } from '../roles/own-state-target.js';
import { peopleAtWar } from '../roles/people-at-war.js';
import { speakerOfParticiple } from '../roles/speaker-participle.js';
import {
  coordinated,
  findActorsAfter,
  findActorsBefore,
  findMainSubject,
  uniqueRefs,
  type FoundActor,
} from '../roles/role-search.js';
import { BE_FINITE, MODALS, PARTY_PRONOUNS } from '../../annotate/english/closed-class.js';
import { REPORTING } from '../../annotate/syntax/english.js';

const RECIPIENT_PREPS = new Set([
  '',
  'to',
  'with',
  'against',
  'on',
  'at',
  'into',
  'for',
  'from',
  'upon',
  'toward',
  'towards',
  'alongside',
  'that',
  'the',
  'between',
  'and',
  'urged',
  'over',
  'aid',
  'help',
  'support',
  'assist',
  'back',
  'reinforce',
]);
const PREPOSITIONS = new Set([
  'in',
  'of',
  'at',
  'by',
  'from',
  'near',
  'during',
  'for',
  'with',
  'to',
  'on',
  'into',
  'against',
  'over',
  'after',
  'since',
  'under',
  'across',
  'along',
  'alongside',
  'towards',
  'toward',
  'through',
  'between',
  'amid',
  'inside',
  'within',
  'off',
  'about',
]);
// "sent troops to fight alongside X": the troops behind these are partners or foes, not sent
const PARTNER_PREPS = new Set(['alongside', 'with', 'against', 'beside']);
const QUOTE_MARKS = new Set(['"', '“', '”']);
// Acts of force: a side they are done for is not their target.
const FORCE = new Set(['ASSAULT', 'COERCE', 'THREATEN']);
const PRONOUN = new RegExp(`\\b(?:${PARTY_PRONOUNS.join('|')})\\b`);
const troopWords = wordsTagged('troops-of-party');

const WAR_NOUNS =
  /^(?:war|wars|fighting|conflict|combat|battle|battles|operations|offensive|invasion|hostilities)$/;

// Troops sent to an ally (AID) fight those they go "against", or in "the war in X": not the ally.
function opposedTo(c: EventCandidate, f: FoundActor): boolean {
  if (c.entry.mode !== 'troops' || c.entry.type !== 'AID') return false;
  if (f.prep === 'against') return true;
  for (let k = f.at - 1; k >= Math.max(0, f.at - 3); k--)
    if (c.view.tokens[k]?.lower === f.prep)
      return WAR_NOUNS.test(c.view.tokens[k - 1]?.lower ?? '');
  return false;
}

// "sent troops near its border with X": a neighbour named to place the troops, not where they
// go (a clash "on the border with X" is another matter: only troop moves read it so).
const BOUNDARY_NOUNS = /^(?:border|borders|frontier|frontiers|boundary)$/;
function namesNeighbour(c: EventCandidate, f: FoundActor, found: FoundActor[]): boolean {
  if (c.entry.mode !== 'troops') return false;
  if (f.prep === 'with' && BOUNDARY_NOUNS.test(c.view.tokens[f.at - 2]?.lower ?? '')) return true;
  // "its borders with X and Y": Y shares X's phrase
  const k = found.indexOf(f);
  const prev = found[k - 1];
  return (
    prev !== undefined &&
    /^(?:and|or|,)$/.test(c.view.tokens[f.at - 1]?.lower ?? '') &&
    namesNeighbour(c, prev, found)
  );
}

function isTroops(c: EventCandidate, f: FoundActor): boolean {
  // "the participation of Xians in the war"
  if (f.prep === 'of' && f.at === c.last + 2 && peopleAtWar(c.view, c.last)) return true;
  // "troops from North Korea"
  if (f.prep === 'from' && troopWords().has(c.view.tokens[f.at - 2]?.lower ?? '')) return true;
  return namesTroops(c.view, f.ref);
}

const WORD = /^[\p{L}\d'’-]+$/u;

// The object right after the verb, with no preposition between ("captured two Xian soldiers").
function directObject(c: EventCandidate, f: FoundActor): boolean {
  if (c.entry.pos !== 'verb' || c.passive) return false;
  // scare quotes ('"fully shelled" X') stand between a verb and its object; at most four words,
  // none a preposition (a loop over the tokens between: it runs for every party after a verb)
  const tokens = c.view.tokens;
  const stop = f.at < 0 ? tokens.length + f.at : Math.min(f.at, tokens.length);
  let words = 0;
  for (let k = c.last + 1; k < stop; k++) {
    const t = tokens[k];
    if (!t || QUOTE_MARKS.has(t.text)) continue;
    // "sanctioned one of Xia's officials": the "of" of a partitive object is no preposition
    if (opensPartitiveObject(tokens, k, c.last)) {
      words++;
      continue;
    }
    if (++words > 4 || PREPOSITIONS.has(t.lower) || !WORD.test(t.text)) return false;
  }
  return true;
}

// The rarer rules of the search below stand in functions of their own, called only where their
// condition holds. V8 then compiles each apart from assignActors: a value of a new shape first
// met in one of them (on some article after thousands) recompiles that small function, not the
// whole refiner with all it inlined, which cost more than the rule's own work (decision 013).

/** Actors chosen by one of the rarer rules, and why. */
interface Chosen {
  actors: FoundActor[];
  why: string;
}

const asFound = (list: ActorRef[]): FoundActor[] => list.map((ref) => ({ ref, at: -1, prep: '' }));

// A speech act that is itself the cue: its words and its sources' words are free to search again.
function freeOwnCues(c: EventCandidate, own: CueHit[], block: Set<number>): Set<number> {
  const freed = new Set<number>();
  for (const h of own)
    for (const r of [
      { start: h.span.start, end: h.span.end },
      ...h.sources.map((x) => x.span ?? { start: 0, end: 0 }),
    ])
      c.view.tokens.forEach((t, i) => {
        if (t.start < r.end && r.start < t.end) freed.add(i);
      });
  return new Set([...block].filter((i) => !freed.has(i)));
}

// The clause layer read a subject the candidate's verb shares with the verb before it, and that
// subject names no party.
function sharesPartylessSubject(c: EventCandidate): boolean {
  const own = c.clause?.clause;
  return Boolean(own?.subject) && own?.subjectFrom === 'shared' && !c.clause?.subject?.length;
}

// ", injuring three sailors": the main clause's subject first (the event just before may be an
// object's, "its offensive"), else the actors of the event before it.
function participleSubject(
  c: EventCandidate,
  cands: EventCandidate[],
  block: Set<number>,
  hits: CueHit[],
): Chosen | null {
  // ", accusing Y of a breach" after "X said ...": the reporter speaks
  const speaker = speakerOfParticiple(c, hits);
  if (speaker)
    return { actors: asFound(speaker), why: 'participle speech act after a report: the reporter' };
  const prev = cands
    .filter((p) => p.view === c.view && p.last < c.first && p.actors.length > 0)
    .pop();
  // "Gunmen ambushed a Xian convoy, killing two officers": the clause layer read the subject the
  // participle shares and it names no party; the party a word search would find is the object
  if (!prev && sharesPartylessSubject(c))
    return { actors: [], why: 'participle clause: the subject it shares names no party' };
  // the clause layer read the subject the participle shares with its main clause: a word search
  // could take a dateline ("BEIRUT, Feb 3 - Xian jets struck ..., killing five") for it
  const shared = c.clause?.clause.subjectFrom === 'shared' ? c.clause.subject : null;
  if (shared?.length)
    return { actors: shared, why: 'participle clause: the subject it shares with the main clause' };
  const main = findMainSubject(c.view, c.first, block);
  if (main.length > 0)
    return { actors: main, why: 'participle clause: the subject of the main clause' };
  if (prev)
    return {
      actors: asFound(prev.actors),
      why: `participle clause: the subject of "${prev.trigger.text}"`,
    };
  return null;
}

// "X said Y had massed troops and called on Z": the clause layer joined the verb to the reporting
// verb (the tense goes back to the plain past), so it is the reporter's act, not Y's.
function resumesReporter(c: EventCandidate): boolean {
  const roles = c.clause;
  if (!roles || roles.clause.link !== 'coordination' || roles.clause.parent === null) return false;
  const parent = roles.syntax.clauses[roles.clause.parent];
  return parent !== undefined && REPORTING.has(parent.verb.lemma);
}

// "X boarded the boats and seized weapons": the subject of the verb before, else of the main clause.
function coordinatedSubject(
  c: EventCandidate,
  cands: EventCandidate[],
  block: Set<number>,
): Chosen | null {
  const prev = cands
    .filter((p) => p.view === c.view && p.entry.pos === 'verb' && p.last < c.first - 1)
    .pop();
  // "A bomb killed one Xian soldier and wounded two": the clause layer read the subject it shares
  // and it names no party; the party the word search would find is the object of the verb before
  if (!prev?.actors.length && sharesPartylessSubject(c))
    return { actors: [], why: 'coordinated verb: the subject it shares names no party' };
  // "X met Y's envoy and accused Z": the actors of a meeting are both sides, the subject is one
  if (prev?.entry.reciprocal && prev.clause) {
    const subject = prev.clause.subject ?? [];
    return {
      actors: subject,
      why: `coordinated verb: the subject of "${prev.trigger.text}"${subject.length ? '' : ', which names no party'} (not the side it met)`,
    };
  }
  const shared =
    prev && prev.actors.length > 0 ? asFound(prev.actors) : findMainSubject(c.view, c.first, block);
  if (shared.length === 0) return null;
  return {
    actors: shared,
    why: prev?.actors.length
      ? `coordinated verb: the subject of "${prev.trigger.text}"`
      : 'coordinated verb: the subject of the main clause',
  };
}

// "He called on...": the speaker of the sentences before.
function priorSpeakerSubject(c: EventCandidate, speakers: Map<number, ActorRef[]>): Chosen | null {
  const prior = speakers.get(c.view.index) ?? [];
  if (prior.length === 0) return null;
  return { actors: asFound(prior), why: 'pronoun subject: the speaker of the sentences before' };
}

// "X confirmed it sent troops": the source of a cue before the trigger.
function cueSourceOfPronoun(c: EventCandidate, hits: CueHit[]): Chosen | null {
  const cue = hits.find(
    (h) => h.view === c.view && h.span.end <= c.trigger.span.start && h.sources.length > 0,
  );
  if (!cue) return null;
  return { actors: asFound(cue.sources), why: `pronoun subject: the source of "${cue.text}"` };
}

// "X said Y must go": the speaker of the cue before the trigger, else of a quote's cue after it
// ("...," the ministry said); a quote with no speaker of its own continues the speaker of the
// sentences before.
function speakerOfDemand(
  c: EventCandidate,
  hits: CueHit[],
  speakers: Map<number, ActorRef[]>,
): Chosen {
  const spoken = hits.filter((h) => h.view === c.view && h.sources.length > 0);
  const cue =
    spoken.filter((h) => h.span.end <= c.trigger.span.start).pop() ??
    spoken.find((h) => h.span.start >= c.trigger.span.end);
  const prior = cue ? [] : (speakers.get(c.view.index) ?? []);
  return {
    actors: asFound(cue ? cue.sources : prior),
    why: cue
      ? `the speaker of "${cue.text}" acts; the subject is acted on`
      : prior.length > 0
        ? 'the speaker of the sentences before acts; the subject is acted on'
        : 'no speaker named',
  };
}

function refs(list: FoundActor[]): ActorRef[] {
  return uniqueRefs(list.map((f) => f.ref));
}

function note(c: EventCandidate, role: string, list: ActorRef[], why: string): void {
  if (list.length > 0)
    c.notes.push(`${role}: ${list.map((r) => `${r.code} ("${r.text}")`).join(', ')} — ${why}`);
}

// How far after an event noun a modal makes it a plan ("the withdrawal of all units will").
const PLAN_WINDOW = 6;

// "claimed that the assault began": a "that" between a cue and an event noun opens the clause
// the cue reports, whose subject the noun is; one told as a plan ("announced that the withdrawal
// will begin") is still the announcer's own act.
function toldOf(c: EventCandidate, cueEnd: number): boolean {
  const tokens = c.view.tokens;
  const that = tokens.some(
    (t) => t.start >= cueEnd && t.end <= c.trigger.span.start && t.lower === 'that',
  );
  const planned = tokens
    .slice(c.last + 1, c.last + 1 + PLAN_WINDOW)
    .some((t) => MODALS.get(t.lower) === 'future' || t.lower === 'would');
  return that && !planned;
}

// Forms of "be" that may follow an event noun as its verb ("the attack was", "the strikes are").
const BE_AFTER_NOUN = new Set<string>([...BE_FINITE, 'been', 'be']);
// How far after the noun its "be" may stand ("the strikes on Xville were").
const BE_REACH = 6;

// A cheap look before reading the clause: a form of "be" a few words after the noun.
function beAhead(c: EventCandidate): boolean {
  const tokens = c.view.tokens;
  for (let k = c.last + 1; k <= c.last + BE_REACH && k < tokens.length; k++)
    if (BE_AFTER_NOUN.has(tokens[k]?.lower ?? '')) return true;
  return false;
}

/**
 * Chooses actors and recipients from the sentence: the actor group before the trigger (subject,
 * possessor), the first actor group after it (object, "to X"), passives ("by X"), troops named as
 * object ("deployed North Korean troops" -> PRK), and reciprocal events (all parties actors).
 */
export function assignActors(
  cands: EventCandidate[],
  { blocked, hits: allHits, speakers }: CodeContext,
): EventCandidate[] {
  // each candidate reads only its own sentence's cues
  const hitsOf = new Map<number, CueHit[]>();
  for (const h of allHits) {
    const list = hitsOf.get(h.view.index);
    if (list) list.push(h);
    else hitsOf.set(h.view.index, [h]);
  }
  // the sentences of the verb triggers, tagged together in the order the loop would tag them
  readSyntaxAhead(cands.filter((c) => !c.rolesFixed && readsClause(c)).map((c) => c.view));
  for (const c of cands) {
    if (c.rolesFixed) continue;
    const hits = hitsOf.get(c.view.index) ?? [];
    let block = blocked.get(c.view.index) ?? new Set<number>();
    // a speech act that is itself the cue ("X accused Y") keeps its speaker as its actor
    const own = hits.filter(
      (h) =>
        h.view === c.view && h.span.start < c.trigger.span.end && c.trigger.span.start < h.span.end,
    );
    if (own.length > 0) block = freeOwnCues(c, own, block);
    // the clause of a verb trigger gives its subject and complements where the tagger read it;
    // the word-distance search stands in where the clause names no party
    const clause = clauseRoles(c);
    c.clause = clause;
    if (clause) c.notes.push(`${describeClause(clause)}; ${clause.subjectWhy}`);
    const clauseSubject = clause?.subject && clause.subject.length > 0 ? clause.subject : null;
    // a finite passive ("were captured by") is sure; a bare participle the finder read is kept
    const finite = clause !== null && clause.clause.verb.first < clause.clause.verb.head;
    if (clause && finite && clause.clause.verb.voice !== (c.passive ? 'passive' : 'active')) {
      c.passive = clause.clause.verb.voice === 'passive';
      c.notes.push(`voice from the clause: ${clause.clause.verb.voice}`);
    }
    // "X is committed to": a state of the subject, not something done to it
    if (c.passive && c.entry.stateOfSubject === true) {
      c.passive = false;
      c.notes.push('a state of its subject: the subject acts');
    }
    // "X asked Yia to act and put its forces on alert": a verb joined by "and" shares a subject
    // that names no party; the party nearest before it is the first verb's object, no subject
    const sharesUnnamed =
      !clauseSubject &&
      clause?.clause.link === 'coordination' &&
      clause.clause.subjectFrom === 'shared';
    if (sharesUnnamed) c.notes.push('its shared subject names no party: no word-distance search');
    const before = clauseSubject ?? (sharesUnnamed ? [] : findActorsBefore(c.view, c.first, block));
    const nominal = c.entry.pos === 'noun';
    // "said the strikes were illegal": an event noun that is the subject of "be" is what is
    // spoken of; the words after the verb are said of it, not its parties
    const predicateAt =
      nominal && beAhead(c) && namesParty(c.view)
        ? laterVerbOfSubject(c.view, c.trigger.span.start, true)
        : -1;
    const after = (
      clause && clause.after.length > 0
        ? clause.after
        : findActorsAfter(c.view, c.last, block, 18, c.entry.governs === true)
    ).filter((f) => predicateAt < 0 || (c.view.tokens[f.at]?.start ?? 0) < predicateAt);
    // "X's approval", "North Korea's missile launch": the possessor acts
    const possessor = before.filter((f) => {
      const t = c.view.tokens.findIndex((tk) => tk.start >= (f.ref.span?.end ?? 0));
      return (
        /^['’]s?$/.test(c.view.tokens[t]?.lower ?? '') ||
        /['’]s$/.test(f.ref.text) ||
        c.view.tokens[t]?.lower === "'s"
      );
    });
    const byIdx = after.findIndex((f) => f.prep === 'by');
    const by = byIdx >= 0 ? coordinated(c.view, after, byIdx) : [];
    const rest = after.filter((f) => !by.includes(f));
    let actors: FoundActor[] = [];
    let recipients: FoundActor[] = [];
    let why = '';
    if (c.passive) {
      if (c.entry.objectActor && by.length === 0) {
        actors = before;
        recipients = rest
          .filter(
            (f) => ['to', 'in', 'into', 'for', 'alongside'].includes(f.prep) && !opposedTo(c, f),
          )
          .slice(0, 1);
        why = 'passive: the troops before the verb are the sender';
      } else {
        actors = by;
        recipients = before;
        why =
          by.length > 0
            ? 'passive: actor after "by", recipient before the verb'
            : 'passive without "by": recipient before the verb';
      }
    } else {
      actors = possessor.length > 0 ? possessor : before;
      why =
        possessor.length > 0
          ? 'possessor of the event noun'
          : clauseSubject
            ? 'subject of the clause'
            : 'subject before the trigger';
      const claimer = nominal ? responsibilityClaimer(c.view, c.first, hits, block) : null;
      if (claimer && claimer.length > 0) {
        actors = claimer;
        why = 'the party that claimed responsibility for it';
      } else if (nominal && possessor.length === 0 && !nearNounSubject(c.view, before, c.first)) {
        const owners = possessivePronounOwner(c.view, c.first);
        if (owners.length > 0) {
          actors = owners;
          why = 'the subject a possessive pronoun before the noun points at';
        } else {
          if (before.length > 0) c.notes.push('the party before the noun is too far off to act');
          actors = [];
        }
      }
      const firstRec = rest.findIndex(
        (f) =>
          !namesNeighbour(c, f, rest) &&
          !(FORCE.has(c.type) && namesSideHelped(c.view, f)) &&
          (f.at === c.last + 1 ||
            directObject(c, f) ||
            objectOfParty(c, f) ||
            c.entry.governs === true ||
            ((c.type === 'ASSAULT' || c.type === 'COERCE') && f.prep === 'in') ||
            (RECIPIENT_PREPS.has(f.prep) && !opposedTo(c, f)) ||
            (c.entry.mode === 'troops' && f.prep === 'in' && !opposedTo(c, f))),
      );
      if (firstRec >= 0) recipients = coordinated(c.view, rest, firstRec);
      // "condemned violations by X": the doer of the act condemned is accused
      else if (c.type === 'ACCUSE' && by.length > 0) recipients = by;
      // "rejected calls by X": a "by X" after the object names the party answered or acted on
      else if (by[0] && c.entry.pos === 'verb' && objectMaker(c.view, c.last, by[0]))
        recipients = by;
      // "asked its allies to ban Xian imports": the one a speech act addresses is its object,
      // which names no party here; a party inside what it asks for is no addressee
      if (c.entry.governs === true && clause)
        recipients = beforeUnnamedObject(c, clause, recipients);
      // "released four soldiers in exchange for Xian prisoners": what the other side gives back
      recipients = recipients.filter((f) => !afterExchange(c, f));
      // only troops sent, not those they go to fight beside or against
      const sent = recipients[0];
      if (c.entry.objectActor && sent && !PARTNER_PREPS.has(sent.prep) && isTroops(c, sent)) {
        const troops = sent;
        const subject = actors;
        actors = [troops];
        const dest = rest
          .slice(rest.indexOf(troops) + 1)
          .find(
            (f) => ['to', 'in', 'into', 'for', 'alongside'].includes(f.prep) && !opposedTo(c, f),
          );
        recipients = dest ? [dest] : subject.filter((s) => s.ref.code !== troops.ref.code);
        why = 'the troops named as object give the actor';
      }
      // "the deployment of North Korean troops to Russia", "the transfer of troops from X to Y"
      if (nominal && c.entry.objectActor) {
        const sender = rest.find(
          (f) => (f.prep === 'from' || f.prep === 'of') && (isTroops(c, f) || f.prep === 'from'),
        );
        if (sender) {
          if (actors.length > 0 && !actors.some((a) => a.ref.code === sender.ref.code))
            recipients = actors;
          actors = [sender];
          const dest = rest.find(
            (f) =>
              f !== sender &&
              ['to', 'in', 'into', 'for'].includes(f.prep) &&
              !opposedTo(c, f) &&
              f.ref.code !== sender.ref.code,
          );
          if (dest) recipients = [dest];
          why = "troop noun: the troops' state sends, the place they go receives";
        }
      }
      if (nominal && actors.length === 0 && by.length > 0) {
        actors = by;
        why = 'event noun: actor after "by"';
      }
    }
    // ", injuring three sailors": a participle after a comma shares the subject of the event before it
    if (
      c.view.tokens[c.first - 1]?.lower === ',' &&
      /ing$/.test(c.view.tokens[c.first]?.lower ?? '')
    )
      ({ actors, why } = participleSubject(c, cands, block, hits) ?? { actors, why });
    // "X boarded the boats and seized weapons": a verb right after "and" shares the subject of
    // the verb before it, not the object that verb took
    if (
      c.entry.pos === 'verb' &&
      !c.passive &&
      /^(?:and|then)$/.test(c.view.tokens[c.first - 1]?.lower ?? '') &&
      !resumesReporter(c)
    )
      ({ actors, why } = coordinatedSubject(c, cands, block) ?? { actors, why });
    // "He called on...": a sentence-initial pronoun is the speaker of the sentences before
    if (
      actors.length === 0 &&
      !c.passive &&
      /^(?:he|she|they|it)$/.test(c.view.tokens[0]?.lower ?? '') &&
      c.first <= 3
    )
      ({ actors, why } = priorSpeakerSubject(c, speakers) ?? { actors, why });
    // "Italy announced a suspension of links": an event noun announced is the announcer's act;
    // "Sylvania denied any involvement in the attack" names no doer (its part is another claim),
    // nor does "X claimed that the assault began": a noun after "that" is what the claim tells of,
    // nor "X said the attack was a crime": the noun is the subject of what was said
    if (nominal && actors.length === 0 && predicateAt < 0) {
      const cue = hits.find(
        (h) =>
          h.view === c.view &&
          !h.rebutsRole &&
          h.span.end <= c.trigger.span.start &&
          c.trigger.span.start - h.span.end <= 12 &&
          h.sources.length > 0 &&
          !toldOf(c, h.span.end),
      );
      if (cue) {
        actors = cue.sources.map((ref) => ({ ref, at: -1, prep: '' }));
        why = `event noun announced: the source of "${cue.text}" acts`;
      }
    }
    // "X confirmed it sent troops": a pronoun subject after a cue is the cue's source
    if (
      actors.length === 0 &&
      !c.passive &&
      PRONOUN.test(
        c.view.tokens
          .slice(Math.max(0, c.first - 3), c.first)
          .map((t) => t.lower)
          .join(' '),
      )
    )
      ({ actors, why } = cueSourceOfPronoun(c, hits) ?? { actors, why });
    // "X said Y must go": the speaker asks, the subject is asked
    if (c.entry.speakerActs) {
      recipients = actors;
      ({ actors, why } = speakerOfDemand(c, hits, speakers));
    }
    // "North Korean casualties": the party named before the noun suffered it
    if (c.entry.victimBefore && !c.passive && actors.length > 0) {
      recipients = actors;
      actors = [];
      why = 'the party before the noun suffered the event';
    }
    // a troop deployment with no destination named by a preposition: the first other state after it
    if (c.entry.mode === 'troops' && recipients.length === 0 && actors.length > 0) {
      const dest = rest.find(
        (f) =>
          f.ref.code.length === 3 &&
          !opposedTo(c, f) &&
          !namesNeighbour(c, f, rest) &&
          (f.ref.sector === null || f.ref.sector === 'GOV') &&
          !actors.some((a) => a.ref.code === f.ref.code),
      );
      if (dest) recipients = [dest];
    }
    let actorRefs = refs(actors);
    // a party of the actor's own state is acted on only where the two are distinct parts of it
    const troops = c.entry.mode === 'troops';
    const acted = (r: ActorRef): boolean => actsOnOwnState(actorRefs, r, troops);
    let recipientRefs = refs(recipients).filter(acted);
    if (c.entry.reciprocal) {
      // "clashes between X and Y, in an interview with Z media": the press tells of a fight, it
      // takes no part in one
      const fights = c.type === 'ASSAULT' || c.type === 'COERCE';
      const partners = fights ? rest.filter((f) => f.ref.sector !== 'MED') : rest;
      const withOthers = partners.filter(
        (f) => f.prep === 'with' || f.prep === 'between' || f.prep === 'and',
      );
      if (nominal && actorRefs.length === 0) actorRefs = refs(partners);
      else actorRefs = uniqueRefs([...actorRefs, ...refs(withOthers)]);
      if (actorRefs.length >= 2 || withOthers.length > 0) {
        recipientRefs = [];
        why += '; reciprocal: all parties are actors';
      } else if (recipientRefs.length > 0 && c.type === 'CONSULT') {
        actorRefs = uniqueRefs([...actorRefs, ...recipientRefs]);
        recipientRefs = [];
        why += '; reciprocal: the one met is a party';
      }
    }
    c.actors = actorRefs;
    c.recipients = recipientRefs.filter(acted);
    note(c, 'actors', c.actors, why);
    note(c, 'recipients', c.recipients, 'first actor group after the trigger');
    if (c.actors.length === 0 && c.recipients.length === 0)
      c.notes.push('no actor or recipient in the clause');
  }
  return cands;
}

// The recipients before the verb's first object where that object names no party and a
// "to"-clause follows it ("urged its allies to sanction Xia"); else all of them.
function beforeUnnamedObject(
  c: EventCandidate,
  roles: ClauseRoles,
  recipients: FoundActor[],
): FoundActor[] {
  const { syntax, clause } = roles;
  const object = clause.objects[0];
  if (
    !object ||
    syntax.words[object.last + 1]?.lower !== 'to' ||
    syntax.words[object.last + 2]?.pos !== 'VERB'
  )
    return recipients;
  const start = syntax.words[object.first]?.start ?? 0;
  const end = syntax.words[object.last]?.end ?? 0;
  if (c.view.mentions.some((m) => m.kind === 'actor' && m.span.start < end && start < m.span.end))
    return recipients;
  const kept = recipients.filter((f) => (c.view.tokens[f.at]?.start ?? 0) < start);
  if (kept.length < recipients.length) c.notes.push('its object names no party: no addressee');
  return kept;
}

// Whether "in exchange for" or "in return for" stands between the trigger and the party found.
function afterExchange(c: EventCandidate, f: FoundActor): boolean {
  const tokens = c.view.tokens;
  for (let k = c.last + 1; k + 2 < f.at; k++)
    if (
      tokens[k]?.lower === 'in' &&
      (tokens[k + 1]?.lower === 'exchange' || tokens[k + 1]?.lower === 'return') &&
      tokens[k + 2]?.lower === 'for'
    ) {
      c.notes.push(`"${f.ref.text}" is what is given in exchange: no recipient`);
      return true;
    }
  return false;
}
