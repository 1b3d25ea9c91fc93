import { isCapitalised, type Token } from '../mention-utils.js';
import type { ActorCandidate } from './actor-candidate.js';
import type { ActorIndex } from './actor-index.js';
import { keyHash, vendorRoleOn, type VendorActor, type VendorNames } from './vendor-actors.js';

// The longest name looked up, in tokens ("United Nations Office for the Coordination of ...").
const LONGEST = 10;
// Words a name may hold in its middle without a capital.
const JOINERS = new Set([
  'of',
  'for',
  'the',
  'and',
  'de',
  'du',
  'al',
  'el',
  'bin',
  '-',
  "'",
  '.',
  '&',
]);

function nameWord(t: Token | undefined): boolean {
  return t !== undefined && (isCapitalised(t.text) || JOINERS.has(t.key));
}

/** The longest vendor name over tokens [from, ...), ending on a capitalised word, or null. */
function longestName(
  tokens: Token[],
  from: number,
  names: VendorNames,
  stateOf: StateOf,
): { to: number; actor: VendorActor } | null {
  // no name is longer than the longest that starts with this word (most start with none)
  const most = Math.min(LONGEST, names.longestFrom(tokens[from]?.key ?? ''));
  let end = from;
  while (end < tokens.length && end - from < most && nameWord(tokens[end])) end++;
  if (end === from) return spellingVariant(tokens, from, names);
  // The hash of the keys of [from, to) joined by spaces, for each `to`, read on from the left:
  // joining the keys into strings to look up cost a string to build and hash per `to`.
  const hashes = HASHES;
  let hash = keyHash(tokens[from]?.key ?? '');
  hashes[0] = hash;
  for (let k = from + 1; k < end; k++) {
    hash = keyHash(tokens[k]?.key ?? '', hash);
    hashes[k - from] = hash;
  }
  for (let to = end; to > from; to--) {
    if (!isCapitalised(tokens[to - 1]?.text ?? '')) continue;
    const actor = names.getJoined(hashes[to - from - 1] ?? 0, tokens, from, to);
    if (actor && (actor.regionalSector === undefined || stateOf(tokens[from]) !== null))
      return { to, actor };
  }
  return spellingVariant(tokens, from, names);
}

// The Arabic article as the vendor files write it in people's names: "al", a word of its own.
const ARTICLES = new Set(['al', 'el']);
// British spellings of words in bodies' names, as the vendor files (American) write them.
const SPELLINGS = new Map([
  ['organisation', 'organization'],
  ['organisations', 'organizations'],
  ['labour', 'labor'],
  ['defence', 'defense'],
  ['centre', 'center'],
]);

/**
 * The longest vendor name over [from, end) read as the files write names: the Arabic article
 * "El" is "al", and a hyphen after it is dropped ("Omar El-Bashir" is "omar al bashir"); British
 * spellings are American ("Organisation of Sylvanian Unity" is "organization of ..."). Tried
 * only when the words as written name nothing and hold such a word.
 */
function spellingVariant(
  tokens: Token[],
  from: number,
  names: VendorNames,
): { to: number; actor: VendorActor } | null {
  let end = from;
  while (end < tokens.length && end - from < LONGEST && nameWord(tokens[end])) end++;
  let holds = false;
  for (let k = from; k < end; k++) {
    const key = tokens[k]?.key ?? '';
    if ((k > from && ARTICLES.has(key)) || SPELLINGS.has(key)) holds = true;
  }
  if (!holds) return null;
  // the words as the files write them, and after which token of the sentence each one ends
  const words: Token[] = [];
  const ends: number[] = [];
  for (let k = from; k < end; k++) {
    const t = tokens[k];
    if (!t) break;
    const after = tokens[k - 1]?.key ?? '';
    if (t.key === '-' && k > from && ARTICLES.has(after)) continue;
    const spelt = SPELLINGS.get(t.key);
    if (ARTICLES.has(t.key) && k > from) words.push({ ...t, key: 'al' });
    else words.push(spelt ? { ...t, key: spelt } : t);
    ends.push(k + 1);
  }
  let hash = 0;
  const hashes: number[] = [];
  words.forEach((w, k) => {
    hash = k === 0 ? keyHash(w.key) : keyHash(w.key, hash);
    hashes.push(hash);
  });
  // a name of two words or more: one word spelt otherwise is mostly a common word
  for (let n = words.length; n > 1; n--) {
    if (!isCapitalised(words[n - 1]?.text ?? '')) continue;
    const actor = names.getJoined(hashes[n - 1] ?? 0, words, 0, n);
    if (actor && actor.regionalSector === undefined) return { to: ends[n - 1] ?? end, actor };
  }
  return null;
}

// Head words of bodies whose names end in another name after "of" or "for" ("Center of National
// Resistance", "Institute for Peace and Democracy"): a vendor name at the tail of such a name is
// part of it, and names the body the files lack, not the group. Titles of persons are not here
// ("Commander of the Xian Front" names the front's man).
const BODY_HEADS = new Set(
  'center centre institute museum foundation academy school university college library'.split(' '),
);

/**
 * Whether the name starting at token `i` ends a body's name: "[Institute] of (the) <name>",
 * the head capitalised.
 */
function tailOfBody(tokens: Token[], i: number): boolean {
  let k = i - 1;
  if (tokens[k]?.key === 'the') k--;
  const joiner = tokens[k]?.key;
  if (joiner !== 'of' && joiner !== 'for') return false;
  const head = tokens[k - 1];
  return !!head && BODY_HEADS.has(head.key) && isCapitalised(head.text);
}

/** The state a token names by its name or demonym ("Sylvanian": SYL), or null. */
type StateOf = (t: Token | undefined) => string | null;

function statesOf(index: ActorIndex): StateOf {
  return (t) => {
    if (!t) return null;
    const match = index.trie.matchAt([t], 0);
    for (const v of match?.values ?? [])
      if ((v.kind === 'country' || v.kind === 'demonym') && index.validCodes.has(v.code))
        return v.code;
    return null;
  };
}

// Scratch for longestName (not re-entered): a hash per name length.
const HASHES = new Int32Array(LONGEST);

/** Whether the curated candidates leave [from, to) to a vendor name: only shorter ones inside. */
function freeFor(cands: ActorCandidate[], from: number, to: number): boolean {
  for (const c of cands) {
    if (c.to <= from || c.from >= to) continue;
    if (c.from < from || c.to > to || (c.from === from && c.to === to)) return false;
  }
  return true;
}

// The candidates outside [from, to). A loop, not filter() with a closure: a closure over the
// loop's `i` made the loop allocate a fresh scope for `i` on every token.
function outside(cands: ActorCandidate[], from: number, to: number): ActorCandidate[] {
  const kept: ActorCandidate[] = [];
  for (const c of cands) if (c.to <= from || c.from >= to) kept.push(c);
  return kept;
}

/**
 * A group the files code by a region takes the state its name starts with: "Sylvanian Islamic
 * Front" (coded as a group of the region) is a Sylvanian group.
 */
function regionalRole(
  actor: VendorActor,
  state: string | null,
): { code: string; sector: string } | null {
  if (actor.regionalSector === undefined || state === null) return null;
  return { code: state, sector: actor.regionalSector };
}

/**
 * Adds the names of the field's dictionaries (Phoenix: international bodies, armed groups,
 * people and bodies of states) to a sentence's candidates: capitalised words that no curated
 * phrase took, or of which curated phrases took only a part ("Sylvanian" of "Sylvanian
 * Liberation Front"). The role that held on the article's day gives the code and sector.
 */
export function addVendorNames(
  tokens: Token[],
  cands: ActorCandidate[],
  index: ActorIndex,
  day: string | null,
): ActorCandidate[] {
  const names = index.vendorActors?.();
  if (!names) return cands;
  let out = cands;
  const stateOf = statesOf(index);
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalised(tokens[i]?.text ?? '')) continue;
    const hit = longestName(tokens, i, names, stateOf);
    if (!hit || !freeFor(out, i, hit.to)) continue;
    if (tailOfBody(tokens, i)) {
      i = hit.to - 1;
      continue;
    }
    const role = regionalRole(hit.actor, stateOf(tokens[i])) ?? vendorRoleOn(hit.actor, day);
    if (!role) continue;
    const to = hit.to;
    out = outside(out, i, to);
    out.push({
      from: i,
      to,
      code: role.code,
      sector: role.sector,
      name: hit.actor.name,
      ruleId: 'actor/vendor-name',
      entry: `vendor:${hit.actor.id}`,
    });
    i = to - 1;
  }
  return out === cands ? cands : out.sort((a, b) => a.from - b.from);
}
