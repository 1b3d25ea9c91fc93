// Words that modify the next word and so belong with it in one crumb ("International Crisis").
const BINDS_NEXT =
  /^(\p{Lu}\p{L}*(al|an|ic|ish|ese|ern|ary))$|^(North|South|East|West|Middle|New|United|Far|Near|Latin|Central|Upper|Lower|Great)$/u;
// The site's root crumb says nothing about the section.
const ROOT = /^(home|homepage|start|startseite|accueil|inicio|главная|الرئيسية)$/i;

/**
 * Splits a run of navigation crumbs copied without separators into a section path; the
 * root crumb is dropped.
 *
 * @example
 * splitCrumbs('Home World Live International Crisis'); // ['World', 'Live', 'International Crisis']
 */
export function splitCrumbs(prefix: string): string[] {
  const bySeparator = prefix.split(/\s*(?:[>›»/|]|\s-\s)\s*/).filter(Boolean);
  const parts: string[] = [];
  if (bySeparator.length > 1) parts.push(...bySeparator);
  else {
    const words = prefix.split(/\s+/).filter(Boolean);
    for (let i = 0; i < words.length; i += 1) {
      let crumb = words[i] ?? '';
      while (BINDS_NEXT.test(words[i] ?? '') && i + 1 < words.length) {
        i += 1;
        crumb += ` ${words[i] ?? ''}`;
      }
      parts.push(crumb);
    }
  }
  return parts.map((p) => p.trim()).filter((p) => p && !ROOT.test(p));
}
