import { existsSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { InvalidArgumentError, Option } from 'commander';
import type { ExportFormat } from '../../export/choose-format.js';
import { EXPORT_FORMATS, chooseExport, isJsonFormat } from '../../export/choose-format.js';
import { loadExportSources } from '../../export/export-sources.js';
import type { ExportResult } from '../../export/format-incidents.js';
import { formatIncidents } from '../../export/format-incidents.js';
import { withRepository } from '../../store/with-repository.js';
import { parseDateOption, parseDbPath, parseOutPath } from '../options.js';

interface ExportFlags {
  db?: string;
  format?: ExportFormat;
  out?: string;
  crisis?: string;
  since?: string;
  until?: string;
  baseUrl: string;
  json?: boolean;
}

const DEFAULT_BASE_URL = 'http://127.0.0.1:3000';

/** `https://sitrep.example.org/` -> `https://sitrep.example.org`; anything but http(s) is refused. */
export function parseBaseUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new InvalidArgumentError('give the web address, e.g. https://sitrep.example.org');
  }
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash)
    throw new InvalidArgumentError('give an http(s) address without ? or #');
  return url.href.replace(/\/+$/, '');
}

const HELP = `
Formats:
  incidents  Sitrep's incident records in full
  plover     PLOVER event records (actor and recipient lists, event_loc, text_info,
             cite_info) with Sitrep's status, claims, figures and articles
  csv        one row per incident: killed, wounded and troops figures, other figures,
             status, sources, article URLs, evidence, place precision
  geojson    a Feature per incident with a place: a point, or geometry null when the
             place has no coordinates ("unlocated"); "leftOut" counts those with no place
  atom       an Atom feed, one entry per incident, linking to --base-url

Without --format the --out extension chooses: .csv, .geojson, .atom or .xml; .json and
.jsonl give incidents. incidents and plover are a JSON array in a .json file and JSON Lines
in a .jsonl or .ndjson file or on standard output. A format that contradicts the extension
(csv into x.geojson) is refused.`;

function summaryLine(format: ExportFormat, layout: string, out: string, r: ExportResult): string {
  const kind = isJsonFormat(format)
    ? `${format}, ${layout === 'array' ? 'JSON array' : 'JSON Lines'}`
    : format;
  const of = r.leftOut ? ` of ${r.written + r.leftOut}` : '';
  return `wrote ${r.written}${of} incidents (${kind}) to ${out}${placeNote(r)}\n`;
}

/** What the format could not place: `; 1 without coordinates (geometry null); 2 left out: no place`. */
function placeNote(r: ExportResult): string {
  const unlocated = r.unlocated ? `; ${r.unlocated} without coordinates (geometry null)` : '';
  return `${unlocated}${r.leftOut ? `; ${r.leftOut} left out: no place` : ''}`;
}

function writeOut(out: string, text: string): string | null {
  if (!existsSync(dirname(out)))
    return `the folder ${dirname(out)} does not exist; create it first or choose another --out`;
  try {
    writeFileSync(out, text);
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write stored incidents as PLOVER JSON, CSV, GeoJSON, an Atom feed or JSON')
    .addOption(
      new Option(
        '--format <format>',
        'output format (default: from --out, else incidents)',
      ).choices([...EXPORT_FORMATS]),
    )
    .option(
      '--out <file>',
      'write to this file instead of stdout (.json, .jsonl, .csv, ...)',
      parseOutPath,
    )
    .option('--db <path>', 'the SQLite store', parseDbPath)
    .option('--crisis <id>', 'only this crisis (storyline)')
    .option('--since <date>', 'only incidents on or after this date', parseDateOption)
    .option('--until <date>', 'only incidents on or before this date', parseDateOption)
    .option(
      '--base-url <url>',
      'public address of the Sitrep server that Atom and GeoJSON links point to',
      parseBaseUrl,
      DEFAULT_BASE_URL,
    )
    .option('--json', 'print a JSON summary of what was written (with --out)')
    .addHelpText('after', HELP)
    .action(async (flags: ExportFlags) => {
      const choice = chooseExport(flags.format, flags.out);
      if ('error' in choice) {
        process.stderr.write(`sitrep export: ${choice.error}\n`);
        process.exitCode = 2;
        return;
      }
      process.exitCode = await withRepository(
        flags.db,
        async (repo) => {
          const crisis = flags.crisis ? await repo.getCrisis(flags.crisis) : null;
          if (flags.crisis && !crisis) {
            process.stderr.write(
              `sitrep export: there is no crisis ${flags.crisis}; \`sitrep crises\` lists them\n`,
            );
            return 2;
          }
          const page = await repo.listIncidents({
            limit: 1_000_000,
            order: 'oldest',
            ...(flags.crisis ? { crisisId: flags.crisis } : {}),
            ...(flags.since ? { since: flags.since.slice(0, 10) } : {}),
            ...(flags.until ? { until: flags.until.slice(0, 10) } : {}),
          });
          const result = formatIncidents(page.items, {
            ...choice,
            baseUrl: flags.baseUrl,
            sources: await loadExportSources(repo, page.items),
            crisis,
          });
          if (!flags.out) {
            process.stdout.write(result.text);
            const note = placeNote(result);
            if (note) process.stderr.write(`sitrep export: ${note.slice(2)}\n`);
            return 0;
          }
          const failed = writeOut(flags.out, result.text);
          if (failed) {
            process.stderr.write(`sitrep export: cannot write ${flags.out}: ${failed}\n`);
            return 1;
          }
          const summary = {
            format: choice.format,
            ...(isJsonFormat(choice.format) ? { layout: choice.layout } : {}),
            out: flags.out,
            incidents: result.written,
            ...(choice.format === 'geojson'
              ? { unlocated: result.unlocated, leftOut: result.leftOut }
              : {}),
          };
          process.stdout.write(
            flags.json
              ? JSON.stringify(summary) + '\n'
              : summaryLine(choice.format, choice.layout, flags.out, result),
          );
          return 0;
        },
        { existing: true },
      );
    });
}
