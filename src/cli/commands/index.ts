import type { Command } from 'commander';
import { registerAnalyze } from './analyze.js';
import { registerAlerts } from './alerts.js';
import { registerSources } from './sources.js';
import { registerWatch } from './watch.js';
import { registerWorker } from './worker.js';
import { registerServe } from './serve.js';
import { registerDemo } from './demo.js';
import { registerIngest } from './ingest.js';
import { registerTimeline } from './timeline.js';
import { registerClaims } from './claims.js';
import { registerCrises } from './crises.js';
import { registerSearch } from './search.js';
import { registerExport } from './export.js';
import { registerEval } from './eval.js';

/** Every command, in the order `sitrep --help` lists them. */
const COMMANDS: ((program: Command) => void)[] = [
  registerAnalyze,
  registerIngest,
  registerCrises,
  registerTimeline,
  registerClaims,
  registerSearch,
  registerExport,
  registerWatch,
  registerWorker,
  registerSources,
  registerAlerts,
  registerServe,
  registerDemo,
  registerEval,
];

export function registerCommands(program: Command): void {
  for (const register of COMMANDS) register(program);
}
