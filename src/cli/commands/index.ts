import type { Command } from 'commander';
import { registerAnalyze } from './analyze.js';
import { registerAlerts } from './alerts.js';
import { registerSources } from './sources.js';
import { registerServe } from './serve.js';
import { registerDemo } from './demo.js';

/** Every command, in the order `sitrep --help` lists them. */
const COMMANDS: ((program: Command) => void)[] = [
  registerAnalyze,
  registerSources,
  registerAlerts,
  registerServe,
  registerDemo,
];

export function registerCommands(program: Command): void {
  for (const register of COMMANDS) register(program);
}
