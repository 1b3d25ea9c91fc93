import { extname } from 'node:path';

export const EXPORT_FORMATS = ['incidents', 'plover', 'csv', 'geojson', 'atom'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** How the JSON formats (incidents, plover) are laid out: one JSON array, or JSON Lines. */
export type JsonLayout = 'array' | 'lines';

const JSON_FORMATS: readonly ExportFormat[] = ['incidents', 'plover'];

/** Whether a format is JSON records, laid out as an array or as JSON Lines. */
export const isJsonFormat = (format: ExportFormat): boolean => JSON_FORMATS.includes(format);

// The file extensions each format is written under; other extensions take any format.
const EXTENSIONS: Record<string, { formats: readonly ExportFormat[]; layout?: JsonLayout }> = {
  '.json': { formats: JSON_FORMATS, layout: 'array' },
  '.jsonl': { formats: JSON_FORMATS, layout: 'lines' },
  '.ndjson': { formats: JSON_FORMATS, layout: 'lines' },
  '.csv': { formats: ['csv'] },
  '.geojson': { formats: ['geojson'] },
  '.atom': { formats: ['atom'] },
  '.xml': { formats: ['atom'] },
};

export type ExportChoice = { format: ExportFormat; layout: JsonLayout } | { error: string };

/**
 * The format and JSON layout of an export from `--format` and the `--out` file's extension:
 * `.json` is a JSON array and `.jsonl`/`.ndjson` JSON Lines; without `--format` the extension
 * picks the format (`incidents` for JSON files and standard output); a format that contradicts the
 * extension is refused rather than written under a misleading name.
 *
 * @example
 * chooseExport('plover', 'events.json'); // { format: 'plover', layout: 'array' }
 */
export function chooseExport(format: ExportFormat | undefined, out?: string): ExportChoice {
  const ext = out ? extname(out).toLowerCase() : '';
  const known = EXTENSIONS[ext];
  const chosen = format ?? known?.formats[0] ?? 'incidents';
  if (known && !known.formats.includes(chosen)) {
    const names = Object.entries(EXTENSIONS)
      .filter(([, e]) => e.formats.includes(chosen))
      .map(([x]) => x);
    return {
      error: `--format ${chosen} does not match the file name ${out ?? ''}: name it ${names.join(' or ')}, or leave out --format`,
    };
  }
  return { format: chosen, layout: known?.layout ?? 'lines' };
}
