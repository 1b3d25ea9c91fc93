import type { GeneratedFile } from './generated-file.js';

/** A manifest row: name, file, class, and for generated files their source, commit and licence. */
export interface ManifestRow {
  name: string;
  file: string;
  class: string;
  source?: string;
  commit?: string;
  license?: string;
}

/** The manifest rows of generated files (class "vendor"). */
export function vendorManifestRows(files: GeneratedFile[]): ManifestRow[] {
  return files.map((f) => ({
    name: f.name,
    file: f.file,
    class: 'vendor',
    source: f.provenance.source,
    commit: f.provenance.commit,
    license: f.provenance.license,
  }));
}

/** The manifest with its vendor rows replaced by `rows` (the curated rows stay, in order). */
export function mergeManifest(manifest: { dictionaries: ManifestRow[] }, rows: ManifestRow[]) {
  return { dictionaries: [...manifest.dictionaries.filter((d) => d.class !== 'vendor'), ...rows] };
}
