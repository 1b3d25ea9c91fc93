#!/usr/bin/env node
import { Command } from 'commander';
import { registerCommands } from './commands/index.js';
import { VERSION } from '../version.js';

const program = new Command();
program
  .name('sitrep')
  .description('Sitrep: a live, evidence-linked situation report from the news')
  .version(VERSION)
  .showHelpAfterError('(run with --help for usage)');
registerCommands(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`sitrep: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 2;
});
