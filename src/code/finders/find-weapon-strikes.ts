import { wordsTagged } from '../../dictionaries/word-lists.js';
import type { EventCandidate } from '../candidate.js';
import { newCandidate, triggerOfTokens } from '../candidate.js';
import type { TriggerEntry } from '../load-code-dictionaries.js';
import { syntaxOf } from '../roles/clause-roles.js';
import { tokenIndexAt, type SentenceView } from '../sentence-view.js';

// A weapon that hits something: an attack by whoever fired it (PLOVER ASSAULT).
export const WEAPON_STRIKE: TriggerEntry = {
  id: 'weapon-strike',
  pos: 'verb',
  type: 'ASSAULT',
  mode: null,
};

const weapons = wordsTagged('strike-weapon');
// Armed forces as the subject ("its forces hit nine sites", "troops pounded the town").
const forces = wordsTagged('troops-of-party');
// The impact verbs forces do, with a target: forces that "land" arrive, they strike no one.
const FORCE_HIT_VERBS = new Set(['hit', 'pound', 'smash']);
// Their forms, for a look at the tokens before any tagging ("Ukraine" holds "rain", "Poland"
// "land": the text test alone lets most sentences through).
const FORCE_HIT_FORMS = new Set([
  'hit',
  'hits',
  'hitting',
  'pound',
  'pounds',
  'pounded',
  'pounding',
  'smash',
  'smashes',
  'smashed',
  'smashing',
]);
// Verbs of a weapon's impact that name no attack of their own ("struck" is a trigger already);
// not "crashed" or "fell": a drone that crashes or falls may have attacked no one.
const HIT_VERBS = new Set(['hit', 'land', 'slam', 'pound', 'rain', 'explode', 'smash']);
// What every form of those verbs holds ("landed", "exploding"), in any case: a sentence with none
// of them has no impact verb, and its words need not be read (one scan of its text, the cheapest
// test, first).
const HIT_STEMS = new RegExp([...HIT_VERBS].map((v) => v.replace(/e$/, '')).join('|'), 'i');
// "hit back", "hit out at": a reply in words, not a weapon's impact.
const NOT_AFTER = new Set(['back', 'out']);

/**
 * "Two Xian rockets hit a market in Yia", "Xian shells landed in the village": a weapon that
 * hits, lands or explodes is an attack; the subject names the weapon, and role search finds
 * its party (the state named with the weapon) and who was struck. Only a clause whose subject
 * is headed by a weapon noun (words/weapon-nouns.json, tag strike-weapon), in the active voice,
 * with a verb of impact; or by armed forces (tag troops-of-party) that hit, pound or smash an
 * object ("its forces had hit nine sites"; "troops hit back" and forces that land are no attack).
 */
export function findWeaponStrikes(view: SentenceView): EventCandidate[] {
  if (!HIT_STEMS.test(view.sentence.text)) return [];
  const tokens = view.tokens;
  const weaponNamed = tokens.some((t) => weapons().has(t.lower));
  const forcesHit =
    !weaponNamed &&
    tokens.some((t) => FORCE_HIT_FORMS.has(t.lower)) &&
    tokens.some((t) => forces().has(t.lower));
  if (!weaponNamed && !forcesHit) return [];
  const syntax = syntaxOf(view);
  const out: EventCandidate[] = [];
  for (const clause of syntax.clauses) {
    const verb = clause.verb;
    const head = syntax.words[clause.subject?.head ?? -1];
    if (!head || clause.subjectFrom !== 'own' || verb.voice !== 'active') continue;
    const weapon = weapons().has(head.lower);
    if (!(weapon ? HIT_VERBS : FORCE_HIT_VERBS).has(verb.lemma)) continue;
    if (!weapon && (!forces().has(head.lower) || clause.objects.length === 0)) continue;
    const word = syntax.words[verb.head];
    if (!word) continue;
    const at = tokenIndexAt(view, word.start);
    if (NOT_AFTER.has(tokens[at + 1]?.lower ?? '')) continue;
    const trigger = triggerOfTokens(view, at, at);
    out.push(
      newCandidate({
        view,
        entry: WEAPON_STRIKE,
        type: 'ASSAULT',
        mode: null,
        first: at,
        last: at,
        trigger,
        ruleId: 'trigger/weapon-strike',
        passive: false,
        actors: [],
        recipients: [],
        notes: [
          `trigger "${trigger.text}" (weapon strike -> ASSAULT): the ${weapon ? 'weapon' : 'force'} "${head.text}" is its subject`,
        ],
      }),
    );
  }
  return out;
}
