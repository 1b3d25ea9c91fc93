import { commentOf, phraseWords, withoutComment } from './tabari-words.js';

/** A verb of a CAMEO verb block, with its irregular forms and its own code where it has one. */
export interface VerbRecord {
  block: string;
  /** "kill", "blow up" */
  lemma: string;
  /** Every form when the file lists them (`{BEATS BEATING BEATEN}`), else none. */
  forms: string[];
  /** The verb's own code, else its block's; null where the block has none (`[---]`). */
  cameo: string | null;
}

/** A phrase pattern of a verb block: words before and after the verb (`- * (IN FIREFIGHT)`). */
export interface PatternRecord {
  block: string;
  /** The verbs of the block the pattern was written for (its comment), lower case. */
  verbs: string[];
  /** The pattern as written, lower case, spaces normalised: "* (in firefight)". */
  pattern: string;
  before: string[];
  after: string[];
  cameo: string | null;
}

/** The verb patterns and synonym sets of `CAMEO.2.0.txt`. */
export interface VerbDictionary {
  synonyms: Map<string, string[]>;
  verbs: VerbRecord[];
  patterns: PatternRecord[];
}

/** `[190]`, `[190:190]`, `[:1823]` -> the code; `[---]` -> null. */
export function readVerbCode(raw: string): string | null {
  const code = raw.split(':').find((part) => part.trim() !== '') ?? '';
  return /^\d{2,4}$/.test(code.trim()) ? code.trim() : null;
}

const BLOCK = /^---\s+(\S+)\s+\[([^\]]*)\]\s+---/;
const CODE = /\[([^\]]*)\]/;

function patternWords(side: string): string[] {
  return side
    .replace(/[(){}]/g, ' ')
    .split(/\s+/)
    .map(phraseWords)
    .filter((w) => w !== '');
}

function readPattern(line: string, block: string): PatternRecord | null {
  const body = withoutComment(line).replace(/^-\s*/, '');
  const code = CODE.exec(body);
  if (!code) return null;
  const pattern = body.slice(0, code.index).replace(/\s+/g, ' ').trim().toLowerCase();
  const star = pattern.indexOf('*');
  if (star < 0) return null;
  const verbs = commentOf(line)
    .split(',')
    .map(phraseWords)
    .filter((v) => /^[a-z][a-z -]*$/.test(v));
  return {
    block,
    verbs,
    pattern,
    before: patternWords(pattern.slice(0, star)),
    after: patternWords(pattern.slice(star + 1)),
    cameo: readVerbCode(code[1] ?? ''),
  };
}

function readVerb(line: string, block: string, blockCode: string | null): VerbRecord | null {
  const body = withoutComment(line);
  const forms = /\{([^}]*)\}/.exec(body);
  const code = CODE.exec(body.replace(/\{[^}]*\}/, ''));
  const lemma = phraseWords(body.replace(/\{[^}]*\}/, '').replace(CODE, ''));
  if (!/^[a-z][a-z' -]*$/.test(lemma)) return null;
  return {
    block,
    lemma,
    forms: (forms?.[1] ?? '')
      .split(/\s+/)
      .map(phraseWords)
      .filter((f) => f !== ''),
    cameo: code ? readVerbCode(code[1] ?? '') : blockCode,
  };
}

/**
 * Reads the CAMEO verb dictionary: synonym sets (`&WEAPON` then `+` lines), then verb blocks
 * (`--- KILL [190] ---`, verb lines, `- ` pattern lines) up to the transformations section.
 */
export function readVerbDictionary(text: string): VerbDictionary {
  const synonyms = new Map<string, string[]>();
  const verbs: VerbRecord[] = [];
  const patterns: PatternRecord[] = [];
  let set: string[] | null = null;
  let block: { name: string; code: string | null } | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (/^#+\s*TRANSFORMATIONS/.test(line)) break;
    if (line.startsWith('#') || line.trim() === '') {
      set = null;
      continue;
    }
    const head = BLOCK.exec(line);
    if (head) {
      block = { name: phraseWords(head[1] ?? ''), code: readVerbCode(head[2] ?? '') };
      continue;
    }
    if (!block) {
      if (line.startsWith('&')) {
        set = [];
        synonyms.set(phraseWords(withoutComment(line)), set);
      } else if (line.startsWith('+') && set) {
        const word = phraseWords(withoutComment(line));
        if (word !== '' && !set.includes(word)) set.push(word);
      }
      continue;
    }
    if (line.startsWith('-')) {
      const p = readPattern(line, block.name);
      if (p) patterns.push(p);
      continue;
    }
    const v = readVerb(line, block.name, block.code);
    if (v) verbs.push(v);
  }
  return { synonyms, verbs, patterns };
}
