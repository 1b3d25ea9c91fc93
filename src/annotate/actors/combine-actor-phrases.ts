import { isCapitalised, startsWithLetter, type PhraseMatch, type Token } from '../mention-utils.js';
import type { OfficeHolder, Role } from './actor-dictionaries.js';
import type { ActorCandidate } from './actor-candidate.js';
import type { ActorIndex, ActorPhrase, StatePhrase } from './actor-index.js';
import { nounEndsPhrase, nounOpensName } from './noun-ends-phrase.js';
import { pickHolderOnDay, resolveRoleHolder } from './resolve-office-holder.js';

/** What the phrase rules share across an article's sentences. */
export interface ActorContext {
  index: ActorIndex;
  /** The article's day, for office holders. */
  day: string | null;
  /** Office holders already named in full earlier in the article. */
  seen: Set<string>;
}

type Head = Omit<ActorCandidate, 'to'> & { to: number; institution?: boolean };

const STATE_RULE: Record<StatePhrase['kind'], string> = {
  country: 'actor/country-name',
  demonym: 'actor/demonym',
  capital: 'actor/capital',
};
// The capital stands for the government that sits there.
const STATE_SECTOR: Record<StatePhrase['kind'], string | null> = {
  country: null,
  demonym: null,
  capital: 'GOV',
};

function valueOf<K extends ActorPhrase['kind']>(
  m: PhraseMatch<ActorPhrase> | undefined,
  kind: K,
): Extract<ActorPhrase, { kind: K }> | undefined {
  // A loop, not find(): asked some ten times a phrase, a closure each time adds up.
  if (!m) return undefined;
  for (const v of m.values) if (v.kind === kind) return v as Extract<ActorPhrase, { kind: K }>;
  return undefined;
}

function stateOf(m: PhraseMatch<ActorPhrase>): StatePhrase | undefined {
  return valueOf(m, 'country') ?? valueOf(m, 'capital') ?? valueOf(m, 'demonym');
}

function holderOf(m: PhraseMatch<ActorPhrase> | undefined, ctx: ActorContext): OfficeHolder | null {
  const named = valueOf(m, 'holder');
  if (named) {
    const h = pickHolderOnDay(named.holders, ctx.day);
    if (h) for (const x of named.holders) ctx.seen.add(x.id);
    return h;
  }
  const surname = valueOf(m, 'surname');
  if (!surname) return null;
  const known = surname.holders.filter((h) => ctx.seen.has(h.id));
  return known.length > 0 ? pickHolderOnDay(known, ctx.day) : null;
}

function holderCandidate(h: OfficeHolder, from: number, to: number): ActorCandidate {
  return {
    from,
    to,
    code: h.code,
    sector: h.sector,
    name: h.names[0] ?? h.id,
    ruleId: 'actor/office-holder',
    entry: `office-holders:${h.id}`,
  };
}

// Written out: an object spread or rest costs a slow generic copy on this hot path.
function toCandidate(h: Head): ActorCandidate {
  const { from, to, code, sector, name, ruleId, entry } = h;
  return { from, to, code, sector, name, ruleId, entry };
}

// "Russia's": the possessive joins the name to what follows.
function afterPossessive(tokens: Token[], to: number): number {
  const a = tokens[to];
  const s = tokens[to + 1];
  const prev = tokens[to - 1];
  if (a?.key === "'" && s?.key === 's' && prev && a.start === prev.end && s.start === a.end)
    return to + 2;
  return to;
}

// An unknown person's name after a title: up to three capitalised words, past rank
// abbreviations ("Maj. Gen. Pat Ryder").
function nameAfter(tokens: Token[], from: number, next: number): number {
  let i = from;
  let words = 0;
  while (i < tokens.length && i < next && words < 6) {
    const t = tokens[i];
    if (!t || !startsWithLetter(t.text) || !isCapitalised(t.text)) break;
    const dot = tokens[i + 1];
    // a rank abbreviation has a name after it; a short surname may end the sentence ("Anna Pell.")
    const after = tokens[i + 2];
    if (
      t.text.length <= 4 &&
      dot?.text === '.' &&
      dot.start === t.end &&
      i + 2 < next &&
      after !== undefined &&
      isCapitalised(after.text)
    ) {
      i += 2;
      words++;
      continue;
    }
    i++;
    words++;
  }
  // Ranks alone are no name.
  while (i > from && tokens[i - 1]?.text === '.') i -= 2;
  return i;
}

function headOf(m: PhraseMatch<ActorPhrase>, ctx: ActorContext): Head | null {
  const holder = holderOf(m, ctx);
  if (holder) return holderCandidate(holder, m.from, m.to);
  const institution = valueOf(m, 'institution')?.institution;
  if (institution)
    return {
      from: m.from,
      to: m.to,
      code: institution.code,
      sector: institution.sector,
      name: institution.name,
      ruleId: 'actor/institution',
      entry: `institutions:${institution.id}`,
      institution: true,
    };
  const state = stateOf(m);
  if (state)
    return {
      from: m.from,
      to: m.to,
      code: state.code,
      sector: STATE_SECTOR[state.kind],
      name: state.name,
      ruleId: STATE_RULE[state.kind],
      entry: state.entry,
    };
  return null;
}

/**
 * Reads a title and what follows it: a known holder's name, an unknown name (coded as the
 * state's office), or nothing (the holder of that office on the article's day).
 */
function readRole(
  role: Role,
  code: string | undefined,
  from: number,
  roleEnd: number,
  matches: PhraseMatch<ActorPhrase>[],
  j: number,
  tokens: Token[],
  ctx: ActorContext,
  fallbackSector: string | null,
): { candidate: ActorCandidate | null; used: number } {
  const next = matches[j];
  const adjacent = next && next.from === roleEnd ? next : undefined;
  const named = holderOf(adjacent, ctx);
  if (named && adjacent) return { candidate: holderCandidate(named, from, adjacent.to), used: 1 };
  if (!code) return { candidate: null, used: 0 };
  const end = nameAfter(tokens, roleEnd, adjacent ? adjacent.from : tokens.length);
  const countryName = ctx.index.countryNames.get(code) ?? code;
  if (end > roleEnd)
    return {
      candidate: {
        from,
        to: end,
        code,
        sector: fallbackSector ?? role.sector,
        name: tokens
          .slice(roleEnd, end)
          .map((t) => t.text)
          .join(' '),
        ruleId: 'actor/role',
        entry: `roles:${role.id}`,
      },
      used: 0,
    };
  const pool = role.leader ? ctx.index.leaders : (ctx.index.holdersByRole.get(role.id) ?? []);
  const holder = resolveRoleHolder(pool, code, ctx.day);
  if (holder)
    return {
      candidate: { ...holderCandidate(holder, from, roleEnd), ruleId: 'actor/role' },
      used: 0,
    };
  return {
    candidate: {
      from,
      to: roleEnd,
      code,
      sector: fallbackSector ?? role.sector,
      name: `${countryName} ${role.names[0] ?? role.id}`,
      ruleId: 'actor/role',
      entry: `roles:${role.id}`,
    },
    used: 0,
  };
}

/**
 * The state a title or body belongs to, named after it with "of" ("minister of Sylvania", "army
 * of the Sylvan Isles"), or an armed group's with "in" ("rebels in Sylvania", the field's
 * convention: a state's rebels are coded by it): by its name only, and standing alone (not "of
 * Sylvania's senate", not "of Sylvania Airways"), else null. `k` is the state's phrase.
 */
function ownerAfter(
  m: PhraseMatch<ActorPhrase>,
  matches: PhraseMatch<ActorPhrase>[],
  k: number,
  tokens: Token[],
): { state: StatePhrase; k: number; to: number } | null {
  // armed groups also by where they fight ("rebels in Sylvania"), not foreign ones; an
  // opposition by where it opposes ("opposition groups in Sylvania")
  const link = tokens[m.to]?.key;
  const sector = valueOf(m, 'noun')?.noun.sector;
  const rebelsIn =
    link === 'in' &&
    (sector === 'REB' || sector === 'OPP') &&
    tokens[m.from - 1]?.key !== 'foreign';
  if (link !== 'of' && !rebelsIn) return null;
  const at = tokens[m.to + 1]?.key === 'the' ? m.to + 2 : m.to + 1;
  const next = matches[k];
  if (!next || next.from !== at) return null;
  const state = valueOf(next, 'country');
  if (!state || afterPossessive(tokens, next.to) !== next.to) return null;
  const after = tokens[next.to];
  if (after && startsWithLetter(after.text) && isCapitalised(after.text)) return null;
  if (matches[k + 1]?.from === next.to) return null;
  return { state, k, to: next.to };
}

/**
 * Joins a sentence's dictionary phrases into actors: a state with the noun or office after it
 * ("North Korean troops" -> PRK MIL, "the US president" -> the holder on the article's day), a
 * title with a name ("President Putin"), institutions, holders, and states on their own.
 */
export function combineActorPhrases(
  matches: PhraseMatch<ActorPhrase>[],
  tokens: Token[],
  ctx: ActorContext,
): ActorCandidate[] {
  const out: ActorCandidate[] = [];
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i];
    if (!m || valueOf(m, 'block')) continue;
    const head = headOf(m, ctx);
    if (!head) {
      // A title or body with its state after "of": "the foreign minister of Sylvania", "the
      // army of Sylvania".
      const owner = ownerAfter(m, matches, i + 1, tokens);
      const ownerRole = owner ? valueOf(m, 'role')?.role : undefined;
      if (owner && ownerRole) {
        const r = readRole(
          ownerRole,
          owner.state.code,
          m.from,
          owner.to,
          matches,
          owner.k + 1,
          tokens,
          ctx,
          null,
        );
        if (r.candidate) {
          out.push(r.candidate);
          i = owner.k + r.used;
          continue;
        }
      }
      const ownerNoun = owner ? valueOf(m, 'noun')?.noun : undefined;
      if (owner && ownerNoun && !ownerNoun.adjective) {
        out.push({
          from: m.from,
          to: owner.to,
          code: owner.state.code,
          sector: ownerNoun.sector,
          name: owner.state.name,
          ruleId: 'actor/demonym-noun',
          entry: owner.state.entry,
        });
        i = owner.k;
        continue;
      }
      // A title with no state before it: "President Putin", "Secretary of State".
      const role = valueOf(m, 'role')?.role;
      if (!role) continue;
      const r = readRole(role, role.defaultCode, m.from, m.to, matches, i + 1, tokens, ctx, null);
      if (r.candidate) out.push(r.candidate);
      i += r.used;
      continue;
    }
    let cand: Head = head;
    let pos = afterPossessive(tokens, m.to);
    let next = matches[i + 1];
    // A state or person, then the body it qualifies: "Russian Security Council", "Russia's army".
    if (next && next.from === pos && !head.institution) {
      const inst = valueOf(next, 'institution')?.institution;
      const noun = valueOf(next, 'noun')?.noun;
      if (inst && (inst.qualifiable || inst.code === head.code)) {
        const countryName = ctx.index.countryNames.get(head.code) ?? head.code;
        cand = {
          from: head.from,
          to: next.to,
          code: inst.qualifiable ? head.code : inst.code,
          sector: inst.sector,
          name: inst.qualifiable ? `${countryName} ${inst.name}` : inst.name,
          ruleId: 'actor/institution',
          entry: `institutions:${inst.id}`,
          institution: true,
        };
      } else if (noun && head.ruleId !== 'actor/office-holder') {
        // A chain of part nouns ("government forces"): the last one names the part.
        let last = next;
        let sector = noun.sector;
        let k = i + 1;
        for (;;) {
          const after = matches[k + 1];
          const more = after && after.from === last.to ? valueOf(after, 'noun')?.noun : undefined;
          if (!more || !after) break;
          last = after;
          sector = more.sector;
          k++;
        }
        const lastNoun = valueOf(last, 'noun')?.noun;
        // "Xburg State University": a place's name, then "State" opening a longer name, names
        // an institution called after the place, not the state acting ("Sylvanian Military
        // Academy", after a demonym, is still the state's own).
        const opensName =
          !!lastNoun?.adjective &&
          head.ruleId !== 'actor/demonym' &&
          nounOpensName(tokens, last.to, matches[k + 1]?.from === last.to);
        if ((!lastNoun?.adjective || nounEndsPhrase(tokens, last.to)) && !opensName) {
          cand = {
            from: head.from,
            to: last.to,
            code: head.code,
            sector,
            name: head.name,
            ruleId: 'actor/demonym-noun',
            entry: head.entry,
            institution: true,
          };
          i = k - 1;
        }
      }
      if (cand !== head) {
        i++;
        pos = afterPossessive(tokens, cand.to);
        next = matches[i + 1];
      }
    }
    // Then an office: "Russian Foreign Minister Sergey Lavrov", "Kremlin spokesman".
    const role = next && next.from === pos ? valueOf(next, 'role')?.role : undefined;
    if (role && next) {
      const sector = cand.institution ? cand.sector : null;
      const r = readRole(role, cand.code, cand.from, next.to, matches, i + 2, tokens, ctx, sector);
      if (r.candidate) {
        out.push(r.candidate);
        i += 1 + r.used;
        continue;
      }
    }
    // A state before a named holder: "Russia's Putin".
    const person = next && next.from === pos ? holderOf(next, ctx) : null;
    if (person && next && head.ruleId !== 'actor/office-holder') {
      out.push(holderCandidate(person, cand.from, next.to));
      i++;
      continue;
    }
    out.push(toCandidate(cand));
  }
  return out;
}
