import type { Command } from 'commander';

type Register = (program: Command) => void;

/**
 * Every command, in the order `sitrep --help` lists them, each loaded only when needed: a
 * command's modules (the server, the store, the plot library, the feed parser) cost hundreds of
 * milliseconds to load, and `sitrep analyze` must start fast.
 */
const COMMANDS: [name: string, load: () => Promise<Register>][] = [
  ['analyze', async () => (await import('./analyze.js')).registerAnalyze],
  ['ingest', async () => (await import('./ingest.js')).registerIngest],
  ['crises', async () => (await import('./crises.js')).registerCrises],
  ['timeline', async () => (await import('./timeline.js')).registerTimeline],
  ['claims', async () => (await import('./claims.js')).registerClaims],
  ['search', async () => (await import('./search.js')).registerSearch],
  ['export', async () => (await import('./export.js')).registerExport],
  ['watch', async () => (await import('./watch.js')).registerWatch],
  ['worker', async () => (await import('./worker.js')).registerWorker],
  ['sources', async () => (await import('./sources.js')).registerSources],
  ['alerts', async () => (await import('./alerts.js')).registerAlerts],
  ['serve', async () => (await import('./serve.js')).registerServe],
  ['demo', async () => (await import('./demo.js')).registerDemo],
  ['eval', async () => (await import('./eval.js')).registerEval],
];

/**
 * Registers the command named first in `args` (the arguments after `node main.js`), or every
 * command when none is named (`--help`, `help`, an unknown or misspelt name), so that help and
 * "did you mean" suggestions still see them all.
 */
export async function registerCommands(program: Command, args: string[]): Promise<void> {
  const named = COMMANDS.find(([name]) => name === args[0]);
  const wanted = named ? [named] : COMMANDS;
  const registers = await Promise.all(wanted.map(([, load]) => load()));
  for (const register of registers) register(program);
}
