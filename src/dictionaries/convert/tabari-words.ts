/** A TABARI phrase (`VLADIMIR_V._PUTIN_`, `+WIPE_OUT`) as the words it matches: "vladimir v. putin". */
export function phraseWords(raw: string): string {
  return raw.replace(/^\+/, '').replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** A line without its `#` comment and trailing blanks. */
export function withoutComment(line: string): string {
  const at = line.indexOf('#');
  return (at >= 0 ? line.slice(0, at) : line).trimEnd();
}

/** The comment of a line, or "" (`DIE  # OY 25 Jul 2003` -> "OY 25 Jul 2003"). */
export function commentOf(line: string): string {
  const at = line.indexOf('#');
  return at >= 0 ? line.slice(at + 1).trim() : '';
}
