import type { Phrase } from '../../annotate/syntax/chunk-phrases.js';
import type { EventCandidate } from '../candidate.js';
import type { CodeContext } from '../context.js';
import type { ClauseRoles } from '../roles/clause-roles.js';

// The sector of people who are no party: their moves are no party's act.
const CIVILIAN_SECTOR = 'CVL';

function headWord(roles: ClauseRoles, p: Phrase | null | undefined): string {
  const w = p ? roles.syntax.words[p.head] : undefined;
  return w ? w.lower : '';
}

// The ones who move: the subject of an active verb ("residents fled") or of a passive one
// ("residents were evacuated"). A party that pulls out its own people ("X will withdraw its
// workers from Y") does retreat: the object of an active verb is not read.
// With no subject found ("soldiers watched people evacuate"), the noun right before the verb
// is the one who moves.
function mover(roles: ClauseRoles, c: EventCandidate): string {
  if (roles.clause.subject) return headWord(roles, roles.clause.subject);
  return c.view.tokens[c.first - 1]?.lower ?? '';
}

/**
 * Civilians who leave ("residents were evacuated", "villagers fled the area") are no party's
 * retreat: PLOVER's RETREAT is a party pulling back its forces, posts or demands. A verb whose
 * subject is civilians (the civilian nouns of the sector dictionary) is dropped.
 */
export function dropCivilianMoves(
  cands: EventCandidate[],
  { partNouns }: CodeContext,
): EventCandidate[] {
  const civilian = new Set(
    partNouns
      .filter((n) => n.sector === CIVILIAN_SECTOR)
      .flatMap((n) => n.names.map((w) => w.toLowerCase())),
  );
  return cands.filter((c) => {
    if (c.type !== 'RETREAT' || !c.clause || c.rolesFixed) return true;
    const who = mover(c.clause, c);
    if (!civilian.has(who)) return true;
    c.dropped = 'civilians moving';
    c.notes.push(`dropped: "${who}" move: civilians leaving are no party's retreat`);
    return false;
  });
}
