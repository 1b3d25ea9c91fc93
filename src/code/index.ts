import type { ActorRef, Annotated, Event } from '../model/index.js';
import { assignActors } from './refiners/assign-actors.js';
import { attachAccuserAssertion } from './refiners/attach-accuser-assertion.js';
import { attachAttributions } from './refiners/attach-attributions.js';
import { attachPlace } from './refiners/attach-place.js';
import { attachQuantity } from './refiners/attach-quantity.js';
import { attachWhen } from './refiners/attach-when.js';
import { buildEvent } from './build-event.js';
import type { CueHit, EventCandidate } from './candidate.js';
import { checkCodebook } from './refiners/check-codebook.js';
import { detectModality } from './refiners/detect-modality.js';
import { confirmOwnActs } from './refiners/confirm-own-acts.js';
import { dropAttackedPresence } from './refiners/drop-attacked-presence.js';
import { dropBackground } from './refiners/drop-background.js';
import { dropDateWords } from './refiners/drop-date-words.js';
import { dropFrameNouns } from './refiners/drop-frame-nouns.js';
import { dropGoverned } from './refiners/drop-governed.js';
import { dropNoncommittalWords } from './refiners/drop-noncommittal-words.js';
import { dropProvisions } from './refiners/drop-provisions.js';
import { dropRelativePassives } from './refiners/drop-relative-passives.js';
import { dropStateParticiples } from './refiners/drop-state-participles.js';
import { dropUnsourcedAid } from './refiners/drop-unsourced-aid.js';
import { dropVerbObjects } from './refiners/drop-verb-objects.js';
import { dropVerbalReplies } from './refiners/drop-verbal-replies.js';
import { cueTokenSet, findCues, matchCuesInText, matchesBySentence } from './finders/find-cues.js';
import { findJointCombat } from './finders/find-joint-combat.js';
import { findPresence } from './finders/find-presence.js';
import { findTriggers } from './finders/find-triggers.js';
import { loadCodeDictionaries, type CodeDictionaries } from './load-code-dictionaries.js';
import { inferOpponent } from './refiners/infer-opponent.js';
import { inferAttackedState } from './refiners/infer-attacked-state.js';
import { inferHost } from './refiners/infer-host.js';
import { inferPartner } from './refiners/infer-partner.js';
import { inferProtestTarget } from './refiners/infer-protest-target.js';
import { mergeEvents } from './refiners/merge-events.js';
import { recodeAccusations } from './refiners/recode-accusations.js';
import { recodePlans } from './refiners/recode-plans.js';
import { refinePossessedSector } from './refiners/refine-possessed-sector.js';
import { resolveUnnamedForces } from './refiners/resolve-unnamed-forces.js';
import { viewSentences } from './sentence-view.js';
import { indexTriggers } from './finders/trigger-index.js';

/** What `--explain` prints for one sentence: every rule that fired and why. */
export interface SentenceExplanation {
  index: number;
  text: string;
  lines: string[];
}

export interface CodeResult {
  events: Event[];
  explanation: SentenceExplanation[];
}

/**
 * Codes events and says why: the stage's rules in order, each candidate carrying its notes.
 *
 * @example
 * const { events, explanation } = explainEvents(annotateArticle(article));
 */
export function explainEvents(
  annotated: Annotated,
  dicts: CodeDictionaries = loadCodeDictionaries(),
  withExplanation = true,
): CodeResult {
  const views = viewSentences(annotated);
  const index = indexTriggers(dicts.triggers);
  const published = annotated.published;
  // Cues first: their words bound the search for actors, and their sources carry over sentences.
  const hits: CueHit[] = [];
  const blocked = new Map<number, Set<number>>();
  let previous: ActorRef[] = [];
  const cueMatches = matchesBySentence(matchCuesInText(annotated.text, dicts.cues), views);
  const speakers = new Map<number, ActorRef[]>();
  for (const view of views) {
    speakers.set(view.index, previous);
    const found = findCues(view, cueMatches[view.index] ?? [], published, previous);
    const last = found.filter((h) => h.sourceFrom === 'before' && h.sources.length > 0).pop();
    if (last) previous = last.sources;
    hits.push(...found);
    blocked.set(view.index, cueTokenSet(view, found));
  }
  // Finders: triggers, foreign troops placed in a country, fighting beside an ally; a joint
  // combat replaces the plain attack word it starts with ("fighting alongside X").
  let cands: EventCandidate[] = views.flatMap((v) => {
    const joint = findJointCombat(v, blocked.get(v.index) ?? new Set());
    const words = findTriggers(v, index).filter(
      (c) => c.type !== 'ASSAULT' || !joint.some((j) => c.first >= j.first && c.first <= j.last),
    );
    return [...words, ...findPresence(v), ...joint];
  });
  // Refiners, in order: complements go before actors are searched (a governed verb would take
  // the speaker as its actor); modality before dates (plans stay undated); attributions before
  // dates (a reported event takes its statement's date); plans are recoded right after modality
  // is known, before merging groups by type; merging last, on finished candidates.
  const all = cands;
  // before governed complements: a dropped "declined" must not leave its complement governed
  cands = dropNoncommittalWords(cands, hits);
  cands = dropDateWords(cands);
  cands = dropStateParticiples(cands);
  cands = dropRelativePassives(cands, blocked);
  cands = dropGoverned(cands);
  // after governed complements: "it mandates that X must provide" drops "must" and "provide" alike
  cands = dropProvisions(cands);
  cands = dropVerbObjects(cands);
  cands = dropFrameNouns(cands);
  cands = assignActors(cands, blocked, hits, speakers);
  // after roles, which read each verb trigger's clause
  cands = dropVerbalReplies(cands);
  // after role search, so only forces no name was found for are resolved; in sentence order,
  // so a resolved deployment names the troops of the sentences after it
  cands = resolveUnnamedForces(cands, hits);
  // after roles: the troops an attack targets are its victims, not a deployment
  cands = dropAttackedPresence(cands);
  // after roles and unnamed forces: only aid still without a giver is dropped
  cands = dropUnsourcedAid(cands);
  cands = refinePossessedSector(cands, dicts.partNouns ?? []);
  cands = detectModality(cands, blocked);
  // after modality, so the alleged event keeps the accusation's modality
  cands = recodeAccusations(cands, index, published);
  cands = recodePlans(cands);
  // before attributions: a party's "confirm" stays a confirmation only once its partner is known;
  // the host of troops comes from their place, and partners from the hosts found
  cands = attachPlace(cands, hits);
  cands = inferHost(cands);
  cands = inferPartner(cands);
  cands = attachAttributions(cands, hits);
  // after actors everywhere are known: allies come from the troop events
  cands = inferOpponent(cands, annotated.mentions, hits);
  cands = attachWhen(cands, published, views);
  // after dates, so the accusation's date is its statement's; before merging, which pools claims
  cands = attachAccuserAssertion(cands, published);
  cands = attachQuantity(cands);
  cands = checkCodebook(cands, dicts.codebook);
  cands = mergeEvents(cands);
  // after merging: only an attack left with no party at all is given the state it struck
  cands = inferAttackedState(cands);
  // after merging, as the attacked state: only a protest whose reports name no target is given one
  cands = inferProtestTarget(cands);
  // after merging: the parties of the whole event decide whose statement owns to it
  cands = confirmOwnActs(cands, dicts.codebook);
  // after merging: a noun mention that joined a fuller event is kept through it
  cands = dropBackground(cands, published);
  const events = cands.map((c, n) => buildEvent(c, annotated.id, n + 1));
  return {
    events,
    explanation: withExplanation ? explain(views, [...new Set([...all, ...cands])], hits) : [],
  };
}

function explain(
  views: ReturnType<typeof viewSentences>,
  all: EventCandidate[],
  hits: CueHit[],
): SentenceExplanation[] {
  return views
    .map((v) => {
      const lines: string[] = [];
      for (const h of hits.filter((x) => x.view === v))
        lines.push(
          `cue "${h.text}" (stance/${h.cueId}, ${h.stance}): source ${h.sourceKind === 'unnamed' ? '(unnamed)' : h.sources.map((s) => `${s.code} ("${s.text}")`).join(', ')}${h.saidOn ? `, said on ${h.saidOn}` : ''}`,
        );
      for (const c of all.filter((x) => x.view === v)) {
        lines.push(...c.notes.map((n, i) => (i === 0 ? n : `  ${n}`)));
        if (c.dropped && c.dropped !== 'merged') lines.push(`  dropped: ${c.dropped}`);
      }
      return { index: v.index, text: v.sentence.text, lines };
    })
    .filter((s) => s.lines.length > 0);
}

/**
 * Codes the PLOVER events of an annotated article, with their attributions.
 *
 * @example
 * const events = codeEvents(annotateArticle(extractArticle(raw)));
 */
export function codeEvents(annotated: Annotated): Event[] {
  return explainEvents(annotated, loadCodeDictionaries(), false).events;
}
