// How the page words each PLOVER type (and some modes) in plain English. Display wording written by
// the Sitrep team from the PLOVER codebook's type and mode names (github.com/openeventdata/PLOVER).

/**
 * `withWhom`: the verb phrase when there are recipients (`{R}` is replaced by their names);
 * `alone`: the verb phrase without recipients; `noun` + `prep`: the phrase when no actor is known
 * ("An attack on Ukraine"); `together`: for two or more actors and no recipient ("met").
 */
export interface EventPhrase {
  withWhom: string;
  alone: string;
  noun: string;
  prep: string;
  together?: string;
}

const p = (
  withWhom: string,
  alone: string,
  noun: string,
  prep: string,
  together?: string,
): EventPhrase => ({ withWhom, alone, noun, prep, ...(together ? { together } : {}) });

/** One phrase per PLOVER type: the fallback for every mode not listed below. */
export const TYPE_PHRASES: Record<string, EventPhrase> = {
  AGREE: p('reached an agreement with {R}', 'reached an agreement', 'An agreement', 'with'),
  CONSULT: p('held talks with {R}', 'held talks', 'Talks', 'with', 'met'),
  SUPPORT: p('voiced support for {R}', 'voiced support', 'Support', 'for'),
  CONCEDE: p('made a concession to {R}', 'made a concession', 'A concession', 'to'),
  COOPERATE: p('cooperated with {R}', 'cooperated', 'Cooperation', 'with'),
  AID: p('gave aid to {R}', 'gave aid', 'Aid', 'to'),
  RETREAT: p('pulled back from {R}', 'pulled back', 'A withdrawal', 'from'),
  REQUEST: p('made a demand of {R}', 'made a demand', 'A demand', 'to'),
  ACCUSE: p('accused {R}', 'made an accusation', 'An accusation', 'against'),
  REJECT: p('rebuffed {R}', 'refused a demand', 'A refusal', 'to'),
  THREATEN: p('threatened {R}', 'issued a threat', 'A threat', 'against'),
  PROTEST: p('protested against {R}', 'held a protest', 'A protest', 'against'),
  SANCTION: p('imposed sanctions on {R}', 'imposed sanctions', 'Sanctions', 'against'),
  MOBILIZE: p('mobilised forces against {R}', 'mobilised forces', 'A mobilisation', 'against'),
  COERCE: p(
    'took coercive action against {R}',
    'took coercive action',
    'Coercive action',
    'against',
  ),
  ASSAULT: p('attacked {R}', 'carried out an attack', 'An attack', 'on'),
};

/** Modes with words of their own, keyed `TYPE/mode`. */
export const MODE_PHRASES: Record<string, EventPhrase> = {
  'AGREE/treaty': p('signed a treaty with {R}', 'signed a treaty', 'A treaty', 'with'),
  'AGREE/ceasefire': p('agreed a ceasefire with {R}', 'agreed a ceasefire', 'A ceasefire', 'with'),
  'AGREE/settle': p(
    'reached a settlement with {R}',
    'reached a settlement',
    'A settlement',
    'with',
  ),
  'AGREE/meet': p('agreed to meet {R}', 'agreed to meet', 'An agreement to meet', 'with'),
  'AGREE/aid': p('agreed to give aid to {R}', 'agreed to give aid', 'A pledge of aid', 'to'),
  'AGREE/release': p(
    'agreed to release people held by {R}',
    'agreed a release',
    'A release deal',
    'with',
  ),
  'CONSULT/visit': p('visited {R}', 'made a visit', 'A visit', 'to', 'met'),
  'CONSULT/host': p('hosted {R}', 'hosted talks', 'Talks', 'with', 'met'),
  'CONSULT/phone': p(
    'spoke by phone with {R}',
    'held a phone call',
    'A phone call',
    'with',
    'spoke by phone',
  ),
  'CONSULT/multilateral': p(
    'held multilateral talks with {R}',
    'held multilateral talks',
    'Multilateral talks',
    'with',
  ),
  'SUPPORT/praise': p('praised {R}', 'offered praise', 'Praise', 'for'),
  'SUPPORT/recognize': p('recognised {R}', 'gave recognition', 'Recognition', 'of'),
  'SUPPORT/sign': p('signed an accord with {R}', 'signed an accord', 'An accord', 'with'),
  'SUPPORT/ratify': p(
    'ratified an accord with {R}',
    'ratified an accord',
    'A ratification',
    'with',
  ),
  'SUPPORT/endorse': p('endorsed {R}', 'gave an endorsement', 'An endorsement', 'of'),
  'SUPPORT/apologize': p('apologised to {R}', 'apologised', 'An apology', 'to'),
  'COOPERATE/military': p(
    'cooperated militarily with {R}',
    'cooperated militarily',
    'Military cooperation',
    'with',
  ),
  'COOPERATE/economic': p(
    'cooperated economically with {R}',
    'cooperated economically',
    'Economic cooperation',
    'with',
  ),
  'COOPERATE/intelligence': p(
    'shared intelligence with {R}',
    'shared intelligence',
    'Intelligence sharing',
    'with',
  ),
  'COOPERATE/exercise': p(
    'held joint exercises with {R}',
    'held exercises',
    'Joint exercises',
    'with',
  ),
  'AID/troops': p('sent troops to {R}', 'deployed troops', 'A troop deployment', 'to'),
  'AID/weapons': p('supplied weapons to {R}', 'supplied weapons', 'Weapons supplies', 'to'),
  'AID/military': p('gave military aid to {R}', 'gave military aid', 'Military aid', 'to'),
  'AID/economic': p('gave economic aid to {R}', 'gave economic aid', 'Economic aid', 'to'),
  'AID/humanitarian': p(
    'sent humanitarian aid to {R}',
    'sent humanitarian aid',
    'Humanitarian aid',
    'to',
  ),
  'AID/technical': p('gave technical help to {R}', 'gave technical help', 'Technical help', 'to'),
  'AID/asylum': p('gave asylum to people from {R}', 'gave asylum', 'Asylum', 'for'),
  'RETREAT/withdraw': p('withdrew from {R}', 'withdrew forces', 'A withdrawal', 'from'),
  'RETREAT/ceasefire': p('held fire against {R}', 'held fire', 'A pause in fighting', 'with'),
  'RETREAT/resign': p('resigned', 'resigned', 'A resignation', 'from'),
  'RETREAT/lift': p(
    'lifted measures against {R}',
    'lifted measures',
    'The lifting of measures',
    'against',
  ),
  'REQUEST/change': p(
    'called on {R} to change course',
    'demanded a change',
    'A demand for change',
    'to',
  ),
  'REQUEST/aid': p('asked {R} for aid', 'asked for aid', 'A request for aid', 'to'),
  'REQUEST/meet': p('asked to meet {R}', 'asked for talks', 'A request for talks', 'to'),
  'REQUEST/ceasefire': p(
    'called on {R} to cease fire',
    'called for a ceasefire',
    'A call for a ceasefire',
    'to',
  ),
  'REQUEST/release': p(
    'called on {R} to release people',
    'called for a release',
    'A call for a release',
    'to',
  ),
  'ACCUSE/disapprove': p('criticised {R}', 'voiced criticism', 'Criticism', 'of'),
  'ACCUSE/allege': p('accused {R}', 'made an allegation', 'An allegation', 'against'),
  'ACCUSE/investigate': p('opened an inquiry into {R}', 'opened an inquiry', 'An inquiry', 'into'),
  'ACCUSE/human-rights': p(
    'accused {R} of rights abuses',
    'alleged rights abuses',
    'An allegation of rights abuses',
    'against',
  ),
  'REJECT/defy': p('defied {R}', 'defied demands', 'Defiance', 'of'),
  'REJECT/meet': p('refused to meet {R}', 'refused talks', 'A refusal of talks', 'with'),
  'REJECT/aid': p('refused aid from {R}', 'refused aid', 'A refusal of aid', 'from'),
  'THREATEN/violence': p(
    'threatened force against {R}',
    'threatened force',
    'A threat of force',
    'against',
  ),
  'THREATEN/sanction': p(
    'threatened sanctions on {R}',
    'threatened sanctions',
    'A threat of sanctions',
    'against',
  ),
  'PROTEST/demo-org': p(
    'demonstrated against {R}',
    'held a demonstration',
    'A demonstration',
    'against',
  ),
  'PROTEST/demo-spon': p(
    'demonstrated against {R}',
    'held a demonstration',
    'A demonstration',
    'against',
  ),
  'PROTEST/riot-org': p('rioted against {R}', 'rioted', 'A riot', 'against'),
  'PROTEST/riot-spon': p('rioted against {R}', 'rioted', 'A riot', 'against'),
  'SANCTION/expel': p('expelled officials of {R}', 'expelled officials', 'Expulsions', 'of'),
  'SANCTION/discontinue': p('cut ties with {R}', 'cut ties', 'A break in ties', 'with'),
  'SANCTION/economic': p(
    'imposed economic sanctions on {R}',
    'imposed economic sanctions',
    'Economic sanctions',
    'against',
  ),
  'SANCTION/embargo': p('imposed an embargo on {R}', 'imposed an embargo', 'An embargo', 'on'),
  'MOBILIZE/troops': p(
    'massed troops against {R}',
    'mobilised troops',
    'A troop build-up',
    'against',
  ),
  'MOBILIZE/alert': p(
    'put forces on alert against {R}',
    'put forces on alert',
    'An alert',
    'against',
  ),
  'COERCE/seize': p('seized property of {R}', 'made a seizure', 'A seizure', 'from'),
  'COERCE/arrest': p('arrested people from {R}', 'made arrests', 'Arrests', 'of'),
  'COERCE/detain': p('detained people from {R}', 'detained people', 'Detentions', 'of'),
  'COERCE/deport': p('deported people to {R}', 'deported people', 'Deportations', 'to'),
  'COERCE/restrict': p('imposed restrictions on {R}', 'imposed restrictions', 'Restrictions', 'on'),
  'COERCE/destroy': p('destroyed property of {R}', 'destroyed property', 'Destruction', 'of'),
  'COERCE/cyber': p(
    'carried out a cyber operation against {R}',
    'carried out a cyber operation',
    'A cyber operation',
    'against',
  ),
  'ASSAULT/firearms': p('opened fire on {R}', 'opened fire', 'Gunfire', 'at'),
  'ASSAULT/heavy-weapons': p('shelled {R}', 'fired heavy weapons', 'Shelling', 'of'),
  'ASSAULT/aerial': p(
    'carried out air strikes on {R}',
    'carried out air strikes',
    'Air strikes',
    'on',
  ),
  'ASSAULT/drone': p(
    'carried out drone strikes on {R}',
    'carried out drone strikes',
    'Drone strikes',
    'on',
  ),
  'ASSAULT/explosives': p(
    'set off explosives against {R}',
    'set off explosives',
    'An explosion',
    'targeting',
  ),
  'ASSAULT/targeted': p(
    'carried out a targeted attack on {R}',
    'carried out a targeted attack',
    'A targeted attack',
    'on',
  ),
  'ASSAULT/abduct': p('abducted people from {R}', 'abducted people', 'An abduction', 'of'),
  'ASSAULT/assassinate': p('killed a leader of {R}', 'carried out a killing', 'A killing', 'of'),
  'ASSAULT/crowd-control': p(
    'used force on a crowd from {R}',
    'used force on a crowd',
    'Force against a crowd',
    'from',
  ),
};
