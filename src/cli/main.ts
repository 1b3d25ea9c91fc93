#!/usr/bin/env -S node --max-semi-space-size=32 --no-allocation-site-pretenuring
import { Command } from 'commander';
import { registerCommands } from './commands/index.js';
import { VERSION } from '../version.js';

// The shebang gives V8 Sitrep's flags for analysing news (src/runtime/node-flags.ts):
// `env -S` passes the flags to node with the script.

// A reader that stops early (`sitrep timeline | head`) is not an error: stop quietly.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });

const program = new Command();
program
  .name('sitrep')
  .description('Sitrep: a live, evidence-linked situation report from the news')
  .version(VERSION)
  .showHelpAfterError('(run with --help for usage)');
await registerCommands(program, process.argv.slice(2));

program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`sitrep: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 2;
});
