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
 * What only outlets state in their own voice stays reported, and a denial of it disputes it.
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
  // The outlet's own voice: the claim is reported, and a denial of it disputes it.
  let reported = false;
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
      else reported = true;
    } else if (s.stance === 'deny') denied = true;
    else if (s.stance === 'retract' && who) asserters.delete(who);
    const next: ClaimStatus = confirmed
      ? 'confirmed'
      : (asserters.size > 0 || reported) && denied
        ? 'disputed'
        : asserters.size > 0
          ? 'asserted'
          : denied
            ? 'denied'
            : s.stance === 'retract' && !reported
              ? 'retracted'
              : 'reported';
    if (next !== status || history.length === 0) {
      const on = s.saidOn ?? s.published;
      const change = { status: next, on, articleId: s.articleId, because: explainChange(s, party) };
      // Statuses reached on one day collapse into the last: the order of a day's sentences is
      // not the order things were said ("X and Y denied claims from Z that ..." is one moment).
      const last = history[history.length - 1];
      if (last && on !== null && last.on === on) {
        history.pop();
        if (history[history.length - 1]?.status !== next) history.push(change);
      } else history.push(change);
      status = next;
    }
  }
  return { status, history };
}

const STANCE_VERBS: Record<ClaimStatement['stance'], string> = {
  assert: 'said it happened',
  deny: 'denied it',
  confirm: 'confirmed it',
  noncommittal: 'would neither confirm nor deny it',
  retract: 'withdrew the claim',
};

/** Who spoke, in words: the named source, an unnamed one, or the outlet in its own voice. */
function speaker(s: ClaimStatement): string {
  if (s.sourceKind === 'actor' && s.source) return s.source.name ?? s.source.code ?? 'a source';
  if (s.sourceKind === 'unnamed') return 'An unnamed source';
  return s.outlet ? `${s.outlet}, in its own voice,` : 'The article, in its own voice,';
}

/**
 * Why the status changed, in words, with the statement's sentence: "Freedonia, a party to the
 * event speaking of its own part, confirmed it: “…”". The change's status and date are its own
 * fields, shown beside these words, so the words do not repeat them.
 */
export function explainChange(s: ClaimStatement, party: boolean): string {
  const role =
    s.stance === 'confirm' && party ? ', a party to the event speaking of its own part,' : '';
  const evidence = s.evidence.text.trim();
  return `${speaker(s)}${role} ${STANCE_VERBS[s.stance]}${evidence ? `: “${evidence}”` : ''}`;
}
