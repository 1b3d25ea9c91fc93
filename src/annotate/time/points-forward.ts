// Words right before a date that point it after publication: "next Monday", "scheduled for
// Aug 4", "due on 12 May". Without them a date given without its year (or a bare weekday) is the
// latest one on or before publication, as news mostly tells what has happened.
const FORWARD =
  /\b(?:next|coming|upcoming|will|(?:scheduled|slated|set|planned|due|expected)(?:\s+(?:for|on|in))?)\s*$/i;

/** Whether the words just before a date phrase point it forward, after publication. */
export function pointsForward(before: string): boolean {
  return FORWARD.test(before);
}
