import type { ClaimStatement, ClaimStatus, StatusChange } from '../model/index.js';

/** Who did the act and who it was done to, by code. */
export interface EventParties {
  actors: ReadonlySet<string>;
  recipients: ReadonlySet<string>;
}

/**
 * The claim status after each statement, in the order they were said. A party to the event that
 * confirms it (the code stage keeps `confirm` for parties: "North Korea confirmed it sent
 * troops", "Russia acknowledged their presence") makes it confirmed. A party's plain assertion
 * stays an assertion: a victim's accusation, or a side's own claim of battlefield success, is
 * not a confirmation (the dev-gold convention). A denial after assertions disputes the claim.
 *
 * @example
 * deriveStatus(statements, { actors: new Set(['PRK']), recipients: new Set(['RUS']) }).status
 */
export function deriveStatus(
  statements: readonly ClaimStatement[],
  parties: EventParties,
): { status: ClaimStatus; history: StatusChange[] } {
  const asserters = new Set<string>();
  let denied = false;
  let confirmed = false;
  let status: ClaimStatus = 'reported';
  const history: StatusChange[] = [];
  for (const s of statements) {
    const who = s.sourceKind === 'actor' && s.source ? s.source.code : null;
    const party = who !== null && (parties.actors.has(who) || parties.recipients.has(who));
    if (s.stance === 'noncommittal') continue;
    if (s.stance === 'confirm' && party) confirmed = true;
    else if (s.stance === 'confirm' || s.stance === 'assert') {
      if (who) asserters.add(who);
      else if (s.sourceKind === 'unnamed') asserters.add('(unnamed)');
    } else if (s.stance === 'deny') denied = true;
    else if (s.stance === 'retract' && who) asserters.delete(who);
    const next: ClaimStatus = confirmed
      ? 'confirmed'
      : asserters.size > 0 && denied
        ? 'disputed'
        : asserters.size > 0
          ? 'asserted'
          : denied
            ? 'denied'
            : s.stance === 'retract'
              ? 'retracted'
              : 'reported';
    if (next !== status || history.length === 0) {
      history.push({
        status: next,
        on: s.saidOn ?? s.published,
        articleId: s.articleId,
        because: `${who ?? s.outlet ?? s.sourceKind} ${s.stance} in article ${s.articleId}`,
      });
      status = next;
    }
  }
  return { status, history };
}
