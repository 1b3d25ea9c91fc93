/** Where a generated dictionary comes from, as the manifest records it. */
export interface Provenance {
  source: string;
  commit: string;
  license: string;
}

/** A dictionary file the converter writes, with its manifest entry. */
export interface GeneratedFile {
  name: string;
  /** Path under dictionaries/. */
  file: string;
  description: string;
  provenance: Provenance;
  entries: unknown[];
}

/**
 * The file's text: the header as indented JSON, then one entry per line, so that the files stay
 * compact, diff line by line and come out byte for byte the same on every run.
 */
export function renderDictionary(file: GeneratedFile): string {
  const header = {
    description: file.description,
    source: `${file.provenance.source} (commit ${file.provenance.commit}), converted by src/dictionaries/convert`,
    license: file.provenance.license,
  };
  const lines = file.entries.map((e) => JSON.stringify(e));
  return `{\n"header": ${JSON.stringify(header, null, 2)},\n"entries": [\n${lines.join(',\n')}\n]\n}\n`;
}

/** A lower-case id from a phrase ("Vladimir Putin" -> "vladimir-putin"), unique within `taken`. */
export function uniqueId(phrase: string, taken: Map<string, number>): string {
  const base =
    phrase
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'entry';
  const n = (taken.get(base) ?? 0) + 1;
  taken.set(base, n);
  return n === 1 ? base : `${base}-${n}`;
}
