const VOWEL = /[aeiou]/;

/**
 * The regular forms of an English verb: base, -s, -ed, -ing.
 *
 * @example
 * inflectVerb('ratify'); // ['ratify', 'ratifies', 'ratified', 'ratifying']
 */
export function inflectVerb(lemma: string): string[] {
  const l = lemma.toLowerCase();
  const last = l.slice(-1);
  const prev = l.slice(-2, -1);
  let s: string, ed: string, ing: string;
  if (last === 'y' && !VOWEL.test(prev)) {
    s = `${l.slice(0, -1)}ies`;
    ed = `${l.slice(0, -1)}ied`;
    ing = `${l}ing`;
  } else if (last === 'e') {
    s = `${l}s`;
    ed = `${l}d`;
    ing = l.endsWith('ee') ? `${l}ing` : `${l.slice(0, -1)}ing`;
  } else if (/(?:s|x|z|ch|sh)$/.test(l)) {
    s = `${l}es`;
    ed = `${l}ed`;
    ing = `${l}ing`;
  } else if (/^[^aeiou]*[aeiou][bdgmnpt]$/.test(l)) {
    // one-syllable consonant-vowel-consonant verbs double their last letter (ship -> shipped)
    s = `${l}s`;
    ed = `${l}${last}ed`;
    ing = `${l}${last}ing`;
  } else {
    s = `${l}s`;
    ed = `${l}ed`;
    ing = `${l}ing`;
  }
  return [l, s, ed, ing];
}
