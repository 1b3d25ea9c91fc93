import type { EventType } from '../model/index.js';
import type { Finder, Refiner } from './context.js';
import { findBackers } from './finders/find-backers.js';
import { findJudgedActs } from './finders/find-judged-acts.js';
import { findDrawnReactions } from './finders/find-drawn-reactions.js';
import { findWeaponStrikes } from './finders/find-weapon-strikes.js';
import { findWeaponUse } from './finders/find-weapon-use.js';
import { findCourtReferrals } from './finders/find-court-referrals.js';
import { findJointCombat } from './finders/find-joint-combat.js';
import { findPlaceSeizures } from './finders/find-place-seizures.js';
import { findPresence } from './finders/find-presence.js';
import { findTriggers } from './finders/find-triggers.js';
import { assignActors } from './refiners/assign-actors.js';
import { assignCarrierSubject } from './refiners/assign-carrier-subject.js';
import { assignContactRelative } from './refiners/assign-contact-relative.js';
import { assignCondemnedDoer } from './refiners/assign-condemned-doer.js';
import { assignReasonDoer } from './refiners/assign-reason-doer.js';
import { assignMissionDestination } from './refiners/assign-mission-destination.js';
import { assignReporterPossession } from './refiners/assign-reporter-possession.js';
import { assignRequestMaker } from './refiners/assign-request-maker.js';
import { assignDemandAddressee } from './refiners/assign-demand-addressee.js';
import { assignJudgedDoer } from './refiners/assign-judged-doer.js';
import { assignNounPhraseRoles } from './refiners/assign-noun-phrase-roles.js';
import { assignWithdrawnTroops } from './refiners/assign-withdrawn-troops.js';
import { attachAccuserAssertion } from './refiners/attach-accuser-assertion.js';
import { attachAttributions } from './refiners/attach-attributions.js';
import { attachContinuedAccount } from './refiners/attach-continued-account.js';
import { addConditionDemands } from './refiners/add-condition-demands.js';
import { dropUnaskedDemands } from './refiners/drop-unasked-demands.js';
import { aimCourtReferrals } from './refiners/aim-court-referrals.js';
import { aimAnsweredRequests } from './refiners/aim-answered-requests.js';
import { aimRestraintAppeals } from './refiners/aim-restraint-appeals.js';
import { attachPlace } from './refiners/attach-place.js';
import { attachTerritoryPlace } from './refiners/attach-territory-place.js';
import { attachQuantity } from './refiners/attach-quantity.js';
import { attachWhen } from './refiners/attach-when.js';
import { checkCodebook } from './refiners/check-codebook.js';
import { confirmOwnActs } from './refiners/confirm-own-acts.js';
import { detectHedges } from './refiners/detect-hedges.js';
import { detectUnmetActs } from './refiners/detect-unmet-acts.js';
import { datePresentStatements } from './refiners/date-present-statements.js';
import { detectAscribedAims } from './refiners/detect-ascribed-aims.js';
import { detectModality } from './refiners/detect-modality.js';
import { dropAttackedPresence } from './refiners/drop-attacked-presence.js';
import { dropActNounSubjects } from './refiners/drop-act-noun-subjects.js';
import { dropConflictTolls } from './refiners/drop-conflict-tolls.js';
import { dropAgentlessOrphans } from './refiners/drop-agentless-orphans.js';
import { dropUncodableDoers } from './refiners/drop-uncodable-doers.js';
import { dropBackground } from './refiners/drop-background.js';
import { dropCivilianMoves } from './refiners/drop-civilian-moves.js';
import { dropDateWords } from './refiners/drop-date-words.js';
import { dropDenialVerbs } from './refiners/drop-denial-verbs.js';
import { dropFrameNouns } from './refiners/drop-frame-nouns.js';
import { splitConsultPartners } from './refiners/split-consult-partners.js';
import { dropPhraseNouns } from './refiners/drop-phrase-nouns.js';
import { recodeUnreceivedTroops } from './refiners/recode-unreceived-troops.js';
import { dropHostlessTroops } from './refiners/drop-hostless-troops.js';
import { dropGoverned } from './refiners/drop-governed.js';
import { dropInternalMeetings } from './refiners/drop-internal-meetings.js';
import { dropMutualAccusations } from './refiners/drop-mutual-accusations.js';
import { dropNoncommittalWords } from './refiners/drop-noncommittal-words.js';
import { dropPlaceDescriptions } from './refiners/drop-place-descriptions.js';
import { dropPublicAppeals } from './refiners/drop-public-appeals.js';
import { dropProvisions } from './refiners/drop-provisions.js';
import { dropRelativePassives } from './refiners/drop-relative-passives.js';
import { dropRiskThreats } from './refiners/drop-risk-threats.js';
import { dropTickerLines } from './refiners/drop-ticker-lines.js';
import { dropFigurativeEncounters } from './refiners/drop-figurative-encounters.js';
import { dropMeasureTargets } from './refiners/drop-measure-targets.js';
import { dropResolveDispositions } from './refiners/drop-resolve-dispositions.js';
import { dropStateParticiples } from './refiners/drop-state-participles.js';
import { dropUnsourcedAid } from './refiners/drop-unsourced-aid.js';
import { dropVerbObjects } from './refiners/drop-verb-objects.js';
import { foldOwnAccounts } from './refiners/fold-own-accounts.js';
import { dropVerbalReplies } from './refiners/drop-verbal-replies.js';
import { inferAttackedState } from './refiners/infer-attacked-state.js';
import { inferCeasefireSides } from './refiners/infer-ceasefire-sides.js';
import { inferHost } from './refiners/infer-host.js';
import { inferOpponent } from './refiners/infer-opponent.js';
import { inferPartner } from './refiners/infer-partner.js';
import { inferPlaceTarget } from './refiners/infer-place-target.js';
import { inferReactionTarget } from './refiners/infer-reaction-target.js';
import { inferProtestTarget } from './refiners/infer-protest-target.js';
import { inferRebelOpponent } from './refiners/infer-rebel-opponent.js';
import { inferRebelTarget } from './refiners/infer-rebel-target.js';
import { inferHolderTarget } from './refiners/infer-holder-target.js';
import { mergeEvents } from './refiners/merge-events.js';
import { recodeAimedLaunches } from './refiners/recode-aimed-launches.js';
import { dropFacedParties } from './refiners/drop-faced-parties.js';
import { recodeCrowdProtests } from './refiners/recode-crowd-protests.js';
import { recodeAccusations } from './refiners/recode-accusations.js';
import { recodeArrivals } from './refiners/recode-arrivals.js';
import { recodeAccusedCoordinates } from './refiners/recode-accused-coordinates.js';
import { recodeCivilianWithdrawals } from './refiners/recode-civilian-withdrawals.js';
import { recodeForcesExpelled } from './refiners/recode-forces-expelled.js';
import { recodeOrderedMissions } from './refiners/recode-ordered-missions.js';
import { recodeOrderedTroops } from './refiners/recode-ordered-troops.js';
import { recodePlans } from './refiners/recode-plans.js';
import { recodeVowedForce } from './refiners/recode-vowed-force.js';
import { assignProtestAims } from './refiners/protest-aims.js';
import { recodeArmedBacking } from './refiners/recode-armed-backing.js';
import { recodeTroopSupport } from './refiners/recode-troop-support.js';
import { refinePossessedSector } from './refiners/refine-possessed-sector.js';
import { resolveSentencePronoun } from './refiners/resolve-sentence-pronoun.js';
import { resolveUnnamedForces } from './refiners/resolve-unnamed-forces.js';

/** One step of the code stage: its name (as `--explain` prints it), why it stands where it does, and the rule. */
export interface Step<R> {
  name: string;
  why: string;
  run: R;
}

/** A finder step; `supersedes` drops the earlier finders' candidates of that type it starts over. */
export interface FinderStep extends Step<Finder> {
  supersedes?: EventType;
}

/**
 * The code stage as a configuration: the finders, run on each sentence in this order, then the
 * refiners, run on all candidates in this order. To add a rule, write it in its own file under
 * `finders/` or `refiners/` with the `Finder` or `Refiner` signature and add one entry here.
 */
export interface CodePipeline {
  finders: readonly FinderStep[];
  refiners: readonly Step<Refiner>[];
}

export const CODE_PIPELINE: CodePipeline = {
  finders: [
    {
      name: 'find-triggers',
      why: 'the verbs and nouns of the trigger dictionaries',
      run: findTriggers,
    },
    {
      name: 'find-presence',
      why: 'foreign troops placed in a country are troops sent there',
      run: findPresence,
    },
    {
      name: 'find-joint-combat',
      why: 'fighting beside an ally replaces the plain attack word it starts with',
      run: findJointCombat,
      supersedes: 'ASSAULT',
    },
    {
      name: 'find-place-seizures',
      why: 'a town taken or fallen: the object is a place mention, which no trigger row can name; a town captured is no person captured',
      run: findPlaceSeizures,
      supersedes: 'ASSAULT',
    },
    {
      name: 'find-backers',
      why: '"Xia-backed rebels": the backer supports them, a state of affairs like troops present',
      run: findBackers,
    },
    {
      name: 'find-judged-acts',
      why: 'an act a speaker calls a violation or illegal: the judgment is a disapproval by the speaker, which no trigger word tells',
      run: findJudgedActs,
    },
    {
      name: 'find-drawn-reactions',
      why: 'criticism drawn from a party: its roles are reversed from the words before it, which no trigger row can say; it supersedes the reaction noun read alone',
      run: findDrawnReactions,
      supersedes: 'ACCUSE',
    },
    {
      name: 'find-weapon-strikes',
      why: 'a weapon that hits or lands: the verb names no attack, its subject does, which no trigger row can ask',
      run: findWeaponStrikes,
    },
    {
      name: 'find-weapon-use',
      why: '"the use of cluster munitions by Xia": an attack told as the use of arms, which no trigger word names',
      run: findWeaponUse,
    },
    {
      name: 'find-court-referrals',
      why: '"referred the dispute to the International Court of Justice": an accusation told as carrying a dispute to a court, which no trigger word names',
      run: findCourtReferrals,
    },
  ],
  refiners: [
    {
      name: 'drop-ticker-lines',
      why: 'first: a labelled line of another story ("LIVE: ...") holds no act any later rule may read or merge',
      run: dropTickerLines,
    },
    {
      name: 'drop-noncommittal-words',
      why: 'before governed complements: a dropped "declined" must not leave its complement governed',
      run: dropNoncommittalWords,
    },
    {
      name: 'drop-date-words',
      why: 'before role search: a trigger word inside a date ("March 12") is the month, not an act',
      run: dropDateWords,
    },
    {
      name: 'drop-state-participles',
      why: "before role search: a participle describing its subject's state is told as an act elsewhere",
      run: dropStateParticiples,
    },
    {
      name: 'drop-resolve-dispositions',
      why: 'before role search: being committed or ready to defend what one holds is resolve, not an act',
      run: dropResolveDispositions,
    },
    {
      name: 'drop-figurative-encounters',
      why: 'before role search: needs met or claims clashing name no parties that meet or fight',
      run: dropFigurativeEncounters,
    },
    {
      name: 'drop-measure-targets',
      why: 'before role search and merging: one "targeted for" what they did beside a sanction is its aim, no attack\'s victim',
      run: dropMeasureTargets,
    },
    {
      name: 'drop-relative-passives',
      why: 'before role search: a passive relative clause describes what it follows',
      run: dropRelativePassives,
    },
    {
      name: 'recode-vowed-force',
      why: 'right before governed complements are dropped, which it reads: a promise whose complement is an act of force is a threat',
      run: recodeVowedForce,
    },
    {
      name: 'drop-governed',
      why: 'before actors are searched: a governed verb would take the speaker as its actor',
      run: dropGoverned,
    },
    {
      name: 'drop-provisions',
      why: 'after governed complements: "it mandates that X must provide" drops "must" and "provide" alike',
      run: dropProvisions,
    },
    {
      name: 'drop-phrase-nouns',
      why: 'before role search: a verb form heading a prepositional phrase ("on Xian targets") is a noun, whose word-search roles would come out reversed',
      run: dropPhraseNouns,
    },
    {
      name: 'drop-verb-objects',
      why: "before role search: a noun that is a trigger verb's object is not coded apart",
      run: dropVerbObjects,
    },
    {
      name: 'drop-frame-nouns',
      why: 'before role search: a war noun framing the time of another act is background',
      run: dropFrameNouns,
    },
    {
      name: 'assign-actors',
      why: "once complements are gone: actors and recipients from each trigger's clause",
      run: assignActors,
    },
    {
      name: 'resolve-sentence-pronoun',
      why: 'right after actors, which it needs in the sentence before and which leave the pronoun unresolved: "They" opening a sentence is the doer before',
      run: resolveSentencePronoun,
    },
    {
      name: 'drop-act-noun-subjects',
      why: 'after actors and the sentence pronoun, which read the subject: an attack whose subject is an act that harms no one has no doer in it',
      run: dropActNounSubjects,
    },
    {
      name: 'drop-conflict-tolls',
      why: 'after actors, which read the clause: an act whose subject is the war as a whole is its toll, before any merge could lend its figure to an act',
      run: dropConflictTolls,
    },
    {
      name: 'assign-reason-doer',
      why: 'after actors, which share the governing subject with a gerund: the one acted on does what it is sanctioned or thanked "for"',
      run: assignReasonDoer,
    },
    {
      name: 'assign-mission-destination',
      why: 'after actors, which give the sending verb its destination: what those sent go "to" do is done there',
      run: assignMissionDestination,
    },
    {
      name: 'assign-reporter-possession',
      why: 'after actors, which leave a possessive object with no party: "X said Y shelled its towns" is aimed at X',
      run: assignReporterPossession,
    },
    {
      name: 'drop-place-descriptions',
      why: 'after actors, which read each verb trigger\'s clause: a present "where" clause describes its place',
      run: dropPlaceDescriptions,
    },
    {
      name: 'assign-noun-phrase-roles',
      why: "after the word search, which it overrides where an event noun's own phrase names a party",
      run: assignNounPhraseRoles,
    },
    {
      name: 'assign-carrier-subject',
      why: 'after the noun phrase: the subject of the verb that carries the noun out acts, over a party in the phrase after it',
      run: assignCarrierSubject,
    },
    {
      name: 'assign-contact-relative',
      why: 'beside the carrier subject, which reads carriers whose object is the noun: "the attack X launched on Y" names the doer in the subject the tagger joined to the noun',
      run: assignContactRelative,
    },
    {
      name: 'assign-request-maker',
      why: 'after the carrier subject, before the addressee: a request noun\'s party after "from" or "by" asks; it is not the one asked',
      run: assignRequestMaker,
    },
    {
      name: 'assign-demand-addressee',
      why: 'after the carrier subject, which may give a demand noun its actor: a request still with no one asked takes the party after "that" or "for ... to"',
      run: assignDemandAddressee,
    },
    {
      name: 'add-condition-demands',
      why: 'after every rule that names who takes a measure: a measure kept "until" another party acts demands that act, which is not done',
      run: addConditionDemands,
    },
    {
      name: 'drop-unasked-demands',
      why: 'after every rule that names the party asked: a "must" or "should" under a speaker that asks no party apart from the speaker, judges the past ("should have") or opens a condition is no demand',
      run: dropUnaskedDemands,
    },
    {
      name: 'assign-withdrawn-troops',
      why: "after roles: the troops a withdrawal's clause names are moved from recipient to actor",
      run: assignWithdrawnTroops,
    },
    {
      name: 'assign-condemned-doer',
      why: "after every role rule: the accused is the doer the condemned act's noun was given",
      run: assignCondemnedDoer,
    },
    {
      name: 'assign-judged-doer',
      why: "after every role rule, as the condemned doer: the judged is the doer the judged act's noun was given",
      run: assignJudgedDoer,
    },
    {
      name: 'recode-crowd-protests',
      why: 'after roles, which read the clause subject: a crowd that "protested against" holds a street protest, which the protest rules after it then aim',
      run: recodeCrowdProtests,
    },
    {
      name: 'protest-aims',
      why: 'after every role rule, so only a protest still without a party takes the parties of its aim',
      run: assignProtestAims,
    },
    {
      name: 'drop-risk-threats',
      why: 'before modality and plans, which would read the threat as announced',
      run: dropRiskThreats,
    },
    {
      name: 'drop-denial-verbs',
      why: "after roles, which read each verb's object: a verb denying a claim is a stance, not an act",
      run: dropDenialVerbs,
    },
    {
      name: 'drop-verbal-replies',
      why: "after roles, which read each verb trigger's clause",
      run: dropVerbalReplies,
    },
    {
      name: 'drop-civilian-moves',
      why: 'after roles, which read the clause: who moves is its subject or object',
      run: dropCivilianMoves,
    },
    {
      name: 'recode-arrivals',
      why: 'after roles, which name who arrives: an official arriving visits, civilians arriving send no troops',
      run: recodeArrivals,
    },
    {
      name: 'recode-troop-support',
      why: 'after roles, which name who supports: troops supporting a side give military aid',
      run: recodeTroopSupport,
    },
    {
      name: 'resolve-unnamed-forces',
      why: 'after role search, so only forces no name was found for are resolved; in sentence order, so a resolved deployment names the troops of the sentences after it',
      run: resolveUnnamedForces,
    },
    {
      name: 'drop-attacked-presence',
      why: 'after roles: the troops an attack targets are its victims, not a deployment',
      run: dropAttackedPresence,
    },
    {
      name: 'drop-unsourced-aid',
      why: 'after roles and unnamed forces: only aid still without a giver is dropped',
      run: dropUnsourcedAid,
    },
    {
      name: 'refine-possessed-sector',
      why: "after roles: the part of a state named after an actor's possessive sets its sector",
      run: refinePossessedSector,
    },
    {
      name: 'detect-modality',
      why: 'before dates: plans stay undated',
      run: detectModality,
    },
    {
      name: 'detect-ascribed-aims',
      why: 'right after modality, before plans are recoded: an aim no one announced is no plan',
      run: detectAscribedAims,
    },
    {
      name: 'detect-unmet-acts',
      why: 'right after modality, which it completes: "has yet to" negates as "has not" does',
      run: detectUnmetActs,
    },
    {
      name: 'detect-hedges',
      why: 'after modality, which reads the clause first: only an act still asserted is hedged',
      run: detectHedges,
    },
    {
      name: 'recode-accused-coordinates',
      why: 'after modality, before the accusation is recoded: the acts listed after its first take the accused as actor',
      run: recodeAccusedCoordinates,
    },
    {
      name: 'recode-accusations',
      why: "after modality, so the alleged event keeps the accusation's modality",
      run: recodeAccusations,
    },
    {
      name: 'recode-armed-backing',
      why: 'after the accusation is recoded, so an alleged backing of a group is read too: a state backing an armed group gives military aid',
      run: recodeArmedBacking,
    },
    {
      name: 'recode-civilian-withdrawals',
      why: 'before plans: an announced withdrawal of envoys is a threat, of troops a promise',
      run: recodeCivilianWithdrawals,
    },
    {
      name: 'recode-forces-expelled',
      why: 'after roles, which name who was expelled; before places and attributions, which read the type',
      run: recodeForcesExpelled,
    },
    {
      name: 'recode-ordered-missions',
      why: 'beside civilian withdrawals, before merging: an order sending envoys away joins the sanction told with it',
      run: recodeOrderedMissions,
    },
    {
      name: 'recode-ordered-troops',
      why: 'beside ordered missions, before merging: an order sending troops away is a withdrawal or an expulsion, which merges with the one told elsewhere',
      run: recodeOrderedTroops,
    },
    {
      name: 'drop-faced-parties',
      why: 'after roles, which may take the party a border is named by ("the Yian border") as the receiver of troops; before places, hosts and the troop rules, which read the receivers',
      run: dropFacedParties,
    },
    {
      name: 'recode-plans',
      why: 'right after modality is known, before merging groups by type',
      run: recodePlans,
    },
    {
      name: 'attach-place',
      why: 'before attributions: the host of troops comes from their place',
      run: attachPlace,
    },
    {
      name: 'attach-territory-place',
      why: 'right after places, before hosts: an act no named place was found for, in "Xian territory" or "a Xian border area", happened in that state',
      run: attachTerritoryPlace,
    },
    {
      name: 'infer-host',
      why: 'after places: the host of troops comes from their place',
      run: inferHost,
    },
    {
      name: 'infer-partner',
      why: 'after hosts: partners come from the hosts found',
      run: inferPartner,
    },
    {
      name: 'attach-attributions',
      why: 'once partners are known: a party\'s "confirm" stays a confirmation only once its partner is known',
      run: attachAttributions,
    },
    {
      name: 'attach-continued-account',
      why: 'right after attributions, to the events they left to no one: a sentence between a statement and its speaker going on with it ("added") is part of that account',
      run: attachContinuedAccount,
    },
    {
      name: 'infer-holder-target',
      why: 'before the opponent, a guess that a named holder beats: an attack on a place a state holds ("Xia-held towns") hits the holder',
      run: inferHolderTarget,
    },
    {
      name: 'infer-opponent',
      why: 'after actors everywhere are known: allies come from the troop events',
      run: inferOpponent,
    },
    {
      name: 'aim-court-referrals',
      why: 'after the opponents, which complete the acts of force it reads: a dispute taken to court accuses the other side of those acts, not the court',
      run: aimCourtReferrals,
    },
    {
      name: 'infer-ceasefire-sides',
      why: 'after the opponents, which complete the acts of force whose sides it counts; before merging, which drops party-less mentions',
      run: inferCeasefireSides,
    },
    {
      name: 'attach-when',
      why: "after modality and attributions: a reported event takes its statement's date",
      run: attachWhen,
    },
    {
      name: 'date-present-statements',
      why: 'right after dates: a statement in the present is dated by the report, not by what it speaks of',
      run: datePresentStatements,
    },
    {
      name: 'aim-answered-requests',
      why: 'after dates, which it takes off the request, and after the request maker: "hosted the talks following requests from X" asks the one who hosted; before merging and background',
      run: aimAnsweredRequests,
    },
    {
      name: 'aim-restraint-appeals',
      why: 'after dates, which it takes off a standing appeal; after the ceasefire sides, which it counts: an appeal for restraint naming no one asked is aimed at the sides at war',
      run: aimRestraintAppeals,
    },
    {
      name: 'drop-public-appeals',
      why: "right after restraint appeals, which aim an outsider's appeal at the sides at war: an appeal for calm still asking no one speaks to the public",
      run: dropPublicAppeals,
    },
    {
      name: 'attach-accuser-assertion',
      why: "after dates, so the accusation's date is its statement's; before merging, which pools claims",
      run: attachAccuserAssertion,
    },
    {
      name: 'attach-quantity',
      why: 'after roles: each figure records the party it counts',
      run: attachQuantity,
    },
    {
      name: 'fold-own-accounts',
      why: "after attributions and dates: the doer's account joins its act with its words; before merging",
      run: foldOwnAccounts,
    },
    {
      name: 'recode-aimed-launches',
      why: 'after roles, which name the launcher, and before the codebook check and merging: a launch aimed at another party is an attack on it',
      run: recodeAimedLaunches,
    },
    {
      name: 'check-codebook',
      why: 'before merging: a mode the codebook does not list is dropped, so every code exists',
      run: checkCodebook,
    },
    {
      name: 'merge-events',
      why: 'merging last, on finished candidates',
      run: mergeEvents,
    },
    {
      name: 'drop-internal-meetings',
      why: 'after merging: only a meeting no mention gave a second party is one party deliberating',
      run: dropInternalMeetings,
    },
    {
      name: 'split-consult-partners',
      why: 'after merging, which would join the parts again: a subject that spoke "with X and Y" consults each',
      run: splitConsultPartners,
    },
    {
      name: 'drop-mutual-accusations',
      why: 'after merging: the charges of one dispute that merged into a traded accusation go with it',
      run: dropMutualAccusations,
    },
    {
      name: 'infer-attacked-state',
      why: 'after merging: only an attack left with no party at all is given the state it struck',
      run: inferAttackedState,
    },
    {
      name: 'infer-place-target',
      why: 'after merging, which joins the mentions that may name a target: only an act with a doer and no target takes the state of the place its phrase names',
      run: inferPlaceTarget,
    },
    {
      name: 'drop-agentless-orphans',
      why: 'after the attacked state: only a passive act still naming no party at all is dropped',
      run: dropAgentlessOrphans,
    },
    {
      name: 'drop-uncodable-doers',
      why: 'beside the agentless orphans, after the attacked state: only an act still with no party whose doer is a count or bare forces is dropped',
      run: dropUncodableDoers,
    },
    {
      name: 'infer-rebel-target',
      why: 'after merging, which keeps no party its own target: rebels acting on a town of their own state',
      run: inferRebelTarget,
    },
    {
      name: 'infer-rebel-opponent',
      why: 'after the rebel target, which reads places: rebels whose act names no target and no foreign opponent fight their own state',
      run: inferRebelOpponent,
    },
    {
      name: 'infer-protest-target',
      why: 'after merging, as the attacked state: only a protest whose reports name no target is given one',
      run: inferProtestTarget,
    },
    {
      name: 'infer-reaction-target',
      why: 'after merging, so the event referred back to has its final doer: "condemned the sanctions" is aimed at whoever imposed them',
      run: inferReactionTarget,
    },
    {
      name: 'confirm-own-acts',
      why: 'after merging: the parties of the whole event decide whose statement owns to it',
      run: confirmOwnActs,
    },
    {
      name: 'drop-hostless-troops',
      why: 'after merging and hosts: only troops that no merged mention, place or partner gave a receiver are dropped',
      run: dropHostlessTroops,
    },
    {
      name: 'recode-unreceived-troops',
      why: 'after the troops used in an attack are dropped: what is left with no receiver is a deployment',
      run: recodeUnreceivedTroops,
    },
    {
      name: 'drop-background',
      why: 'after merging: a noun mention that joined a fuller event is kept through it',
      run: dropBackground,
    },
  ],
};
