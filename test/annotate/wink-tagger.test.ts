import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashChars } from '../../src/annotate/syntax/chunk-table.js';
import { SEPARATOR } from '../../src/annotate/syntax/tag-words.js';
import { loadWinkModel } from '../../src/annotate/syntax/wink-model.js';
import {
  createTagger,
  forEachChunk,
  tagText,
  WINK_SPLITTER,
  type TaggedText,
} from '../../src/annotate/syntax/wink-tagger.js';

const require = createRequire(import.meta.url);

interface WinkDoc {
  tokens: () => { out: (what: unknown) => string[] };
}
interface Wink {
  readDoc: (text: string) => WinkDoc;
  its: { value: unknown; pos: unknown; lemma: unknown };
}
// wink-nlp's own document API, as the pipeline ran it before decision 031: the reference.
const winkNLP = require('wink-nlp') as (model: unknown, pipe: string[]) => Wink;
const wink = winkNLP(loadWinkModel(), ['pos']);
function readDoc(text: string): TaggedText {
  const tokens = wink.readDoc(text).tokens();
  return {
    values: tokens.out(wink.its.value),
    tags: tokens.out(wink.its.pos),
    lemmas: tokens.out(wink.its.lemma),
  };
}

// Invented text with what wink's tokenizer reads in its several ways: contractions, possessives,
// abbreviations, numbers and times, brackets and quotes, URLs, e-mail, hashtags, emoji, dashes,
// non-breaking and repeated spaces, tabs and line breaks, and words no lexicon holds.
const INVENTED = [
  "Freedonia's army can't hold the pass, Sylvania's envoy said (Reuters).",
  "They won't retreat; we'd rather talk,\" the minister told Xia's TV on Tuesday.",
  'U.S.-made drones struck Qorvath at 3 a.m. on 12.03.2025 — 1,200 troops fled.',
  'See https://example.org/freedonia?x=1 or mail press@sylvania.gov #Qorvath 🙂 :-)',
  'Zentrovians\u00a0marched   into\tBlavik, (Zentrovia) and [Blavik] said “no”.',
  "Line one\nline two\r\nline three\t\ttabbed 'quoted' words",
  '10,000 soldiers, 5% of 200,000; $3.5bn and 2nd-placed Vorlanders.',
  'Mr. Krev, Dr. Osk and Gen. Valt met in St. Ulm at 10:30pm (GMT+2).',
];

describe('tagText', () => {
  it('tags invented text as wink-nlp readDoc does, the first time and from its kept chunks', () => {
    for (let round = 0; round < 2; round++)
      for (const text of INVENTED)
        expect([round, text, tagText(text)]).toEqual([round, text, readDoc(text)]);
    const joined = INVENTED.filter((t) => !/[\n\r\t]/.test(t)).join(SEPARATOR);
    expect(tagText(joined)).toEqual(readDoc(joined));
  });

  it('tags a text of thousands of tokens, and a short one after it, as readDoc does', () => {
    // past the token numbers a text starts with room for: they grow, and the next text reuses
    // them (no non-breaking space: such a text takes wink's own tokenizer, whole)
    const plain = INVENTED.filter((t) => !/\u00a0/.test(t));
    const long = Array.from(
      { length: 120 },
      (_, k) => `${plain[k % plain.length] ?? ''} Vrel${k}.`,
    );
    const tagged = tagText(long.join(' '));
    expect(tagged.values.length).toBeGreaterThan(2000);
    expect(tagged).toEqual(readDoc(long.join(' ')));
    expect(tagText('Sylvania denied it.')).toEqual(readDoc('Sylvania denied it.'));
  });

  // A chunk whose reading found no lexeme for a piece of it is read again once that piece has
  // become a lexeme (the lexicon grows with each new word it reads): "Zone4..." first gives
  // "Zone4", "." and "..", and from then on "Zone4" and "...".
  it('reads a chunk again after a word it missed has joined the lexicon', () => {
    const texts = [
      'Grid7...',
      'Grid7...',
      'Troops left Sector9... later.',
      'Troops left Sector9... later.',
    ];
    for (const text of texts) expect([text, tagText(text)]).toEqual([text, readDoc(text)]);
    expect(readDoc('Zone4...').values).toEqual(['Zone4', '.', '..']);
    expect(readDoc('Zone4...').values).toEqual(['Zone4', '...']);
  });

  it('gives tags and lemmas a clause reader needs', () => {
    const { values, tags, lemmas } = tagText("Sylvania's troops didn't cross the river.");
    expect(values).toEqual([
      'Sylvania',
      "'s",
      'troops',
      'did',
      "n't",
      'cross',
      'the',
      'river',
      '.',
    ]);
    expect(tags[2]).toBe('NOUN');
    expect(tags[5]).toBe('VERB');
    expect(lemmas[2]).toBe('troop');
    expect(lemmas[3]).toBe('do');
  });
});

describe('createTagger', () => {
  it('takes in the words its model lacks, and is built afresh past its bound', () => {
    const tagger = createTagger(40);
    expect(tagger.newWords()).toBe(0);
    expect(tagger.tag('Freedonia sent troops to the border.').tags).toEqual(
      readDoc('Freedonia sent troops to the border.').tags,
    );
    // invented names, each new to the lexicon
    const names = (k: number): string =>
      Array.from({ length: 6 }, (_, j) => `Vrel${String.fromCharCode(97 + k, 97 + j)}ost`).join(
        ' and ',
      );
    let most = 0;
    let rebuilt = false;
    for (let k = 0; k < 20; k++) {
      const text = `${names(k)} met the envoy in Sylvania.`;
      const before = tagger.newWords();
      expect(tagger.tag(text)).toEqual(readDoc(text));
      if (tagger.newWords() < before) rebuilt = true;
      most = Math.max(most, tagger.newWords());
    }
    expect(rebuilt).toBe(true);
    // never past the bound and the words of one text
    expect(most).toBeLessThanOrEqual(40 + 6);
  });
});

describe('forEachChunk', () => {
  it("is the splitter of wink's model", () => {
    const compile = require('wink-nlp/src/compile-trex.js') as (trex: unknown) => {
      helpers: { splitter: RegExp };
    };
    const core = (loadWinkModel().core as () => { trex: unknown })();
    expect(compile(core.trex).helpers.splitter.source).toBe(WINK_SPLITTER.source);
  });

  it('reads the chunks of text.split(WINK_SPLITTER), and their hashes, on random texts', () => {
    // as the tagger read the parts of the split: a run of spaces is the spaces before the next
    const reference = (text: string): [string, number][] => {
      const out: [string, number][] = [];
      let spaces = 0;
      for (const part of text.split(WINK_SPLITTER)) {
        if (!part) continue;
        if (part.charCodeAt(0) === 32) spaces = part.length;
        else {
          out.push([part, spaces]);
          spaces = 0;
        }
      }
      return out;
    };
    const pieces = [
      'Xia',
      'said',
      '.',
      ',',
      '“no”',
      ' ',
      '  ',
      '\n',
      '\r\n',
      '\t',
      '\n\n',
      'a\tb',
      '\u000b',
      '\f',
    ];
    let seed = 5;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 500; n++) {
      const text = Array.from({ length: next() % 12 }, () => pieces[next() % pieces.length]).join(
        '',
      );
      const read: [string, number][] = [];
      forEachChunk(text, (start, end, spaces, hash) => {
        read.push([text.slice(start, end), spaces]);
        expect(hash).toBe(hashChars(text, start, end));
      });
      expect(read, JSON.stringify(text)).toEqual(reference(text));
    }
  });
});

// Real news, read from ../shared at run time (never copied into the project).
const corpus = resolve(__dirname, '../../../shared/corpus');
const files = ['dev.jsonl', 'dev2.jsonl'].map((f) => resolve(corpus, f)).filter(existsSync);

describe.skipIf(files.length === 0)('tagText over the corpus (read from ../shared)', () => {
  it('tags every sentence of the dev articles as wink-nlp readDoc does', () => {
    const sentences = files
      .flatMap((f) => readFileSync(f, 'utf8').split('\n'))
      .filter((l) => l.trim() !== '')
      .flatMap((l) => (JSON.parse(l) as { text: string }).text.split(/(?<=[.!?])\s+/));
    expect(sentences.length).toBeGreaterThan(500);
    let differing = 0;
    for (const s of sentences) {
      const a = tagText(s);
      const b = readDoc(s);
      if (JSON.stringify(a) !== JSON.stringify(b)) differing++;
    }
    expect(differing).toBe(0);
  });
});
