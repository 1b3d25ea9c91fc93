import type { Token } from '../mention-utils.js';
import type { ActorCandidate } from './actor-candidate.js';

// A state's name or demonym: the one-state entries the country records give.
function isStateForm(c: ActorCandidate): boolean {
  return c.entry.startsWith('countries:');
}

/**
 * "ethnic Sylvanians" are a people, not the Sylvanian state: where the sentence names one other
 * state, they are that state's people ("ethnic Sylvanians demonstrated in Freedonia" codes
 * Freedonia, as the field codes a minority by where it lives). Where it names no other state, or
 * several, the mention stays as it was. Runs on the final spans, before the vendor names.
 */
export function recodeEthnicGroups(cands: ActorCandidate[], tokens: Token[]): ActorCandidate[] {
  if (!cands.some((c) => isEthnic(c, tokens))) return cands;
  const out: ActorCandidate[] = [];
  for (const c of cands) {
    if (!isEthnic(c, tokens)) {
      out.push(c);
      continue;
    }
    const others = cands.filter((o) => o.code !== c.code && isStateForm(o));
    const home = others[0];
    // only where the sentence names one other state: with two, which one is home is unclear
    if (!home || others.some((o) => o.code !== home.code)) {
      out.push(c);
      continue;
    }
    out.push({
      ...c,
      code: home.code,
      sector: c.sector ?? 'CVL',
      name: `${c.name} (ethnic group in ${home.name})`,
      ruleId: 'actor/ethnic-group',
    });
  }
  return out;
}

function isEthnic(c: ActorCandidate, tokens: Token[]): boolean {
  return tokens[c.from - 1]?.key === 'ethnic' && isStateForm(c);
}
