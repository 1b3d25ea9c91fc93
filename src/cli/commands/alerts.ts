import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { InvalidArgumentError, Option } from 'commander';
import { defaultDatabasePath } from '../../store/paths.js';
import type { AlertKind } from '../../store/watch-store.js';
import { receiverProblem } from '../../watch/alerts/check-receiver.js';
import { openWatchStore } from '../../watch/open-stores.js';
import { parseHttpUrl } from './sources.js';
import { parseDbPath } from '../options.js';

const KINDS: AlertKind[] = ['status', 'figure', 'new'];

function parseKinds(value: string, prev: AlertKind[] = []): AlertKind[] {
  const out = [...prev];
  for (const k of value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (!KINDS.includes(k as AlertKind)) {
      throw new InvalidArgumentError(`"${k}" is not an alert kind: use status, figure or new`);
    }
    if (!out.includes(k as AlertKind)) out.push(k as AlertKind);
  }
  return out;
}

export function registerAlerts(program: Command): void {
  const alerts = program
    .command('alerts')
    .description(
      'webhooks called (signed JSON POST) when a claim changes status, a figure or an incident is new',
    )
    .addHelpText(
      'after',
      '\nEach POST carries X-Sitrep-Signature: sha256=<hex HMAC-SHA256 of the raw body, keyed with the secret>\nand X-Sitrep-Timestamp, equal to the body\'s "timestamp": check both and refuse old timestamps.\nA failing webhook is retried with backoff (8 attempts) and never holds up ingest.',
    );
  const db = (): Option =>
    new Option('--db <path>', 'database file')
      .argParser(parseDbPath)
      .default(defaultDatabasePath(), '$SITREP_DB or ~/.local/share/sitrep/sitrep.db');
  alerts
    .command('add')
    .description('subscribe a webhook URL; `sitrep watch` sends the alerts')
    .argument('<url>', 'http(s) webhook URL', parseHttpUrl)
    .option('--crisis <id>', 'only incidents of this crisis')
    .option(
      '--on <kinds>',
      'status, figure, new (comma-separated or repeated; default all)',
      parseKinds,
    )
    .option(
      '--secret <secret>',
      'HMAC key for X-Sitrep-Signature (default: a random one, printed once)',
    )
    .option('--allow-private', 'let the webhook be on loopback or a private network')
    .addOption(db())
    .action(
      async (
        url: string,
        flags: {
          crisis?: string;
          on?: AlertKind[];
          secret?: string;
          allowPrivate?: boolean;
          db: string;
        },
      ) => {
        const store = openWatchStore(flags.db);
        try {
          const problem = await receiverProblem(
            url,
            { allowPrivate: flags.allowPrivate === true, crisisId: flags.crisis ?? null },
            store.listSubscriptions(),
          );
          if (problem) {
            process.stderr.write(`sitrep alerts add: ${problem}\n`);
            process.exitCode = 1;
            return;
          }
          const secret = flags.secret ?? randomBytes(24).toString('hex');
          const id = store.addSubscription({
            url,
            crisisId: flags.crisis ?? null,
            kinds: flags.on?.length ? flags.on : KINDS,
            secret,
            allowPrivate: flags.allowPrivate === true,
          });
          process.stdout.write(`alert ${id}: ${url}\n`);
          if (!flags.secret) process.stdout.write(`secret (keep it; shown once): ${secret}\n`);
        } finally {
          store.db.close();
        }
      },
    );
  alerts
    .command('list')
    .description('list webhook subscriptions and their delivery counts')
    .addOption(db())
    .action((flags: { db: string }) => {
      const store = openWatchStore(flags.db);
      try {
        for (const s of store.listSubscriptions()) {
          process.stdout.write(
            `${s.id}\t${s.url}\ton=${s.kinds.join(',')}\tcrisis=${s.crisisId ?? '*'}\t${s.secret ? 'signed' : 'unsigned'}\n`,
          );
        }
        const counts = store.deliveryCounts();
        if (Object.keys(counts).length > 0) {
          process.stdout.write(
            `deliveries: ${Object.entries(counts)
              .map(([k, n]) => `${k} ${n}`)
              .join(', ')}\n`,
          );
        }
      } finally {
        store.db.close();
      }
    });
  alerts
    .command('rm')
    .description('remove a subscription (its queued deliveries go with it)')
    .argument('<id>', 'subscription id as listed', (v: string) => {
      if (!/^\d+$/.test(v))
        throw new InvalidArgumentError('give the numeric id from `sitrep alerts list`');
      return Number(v);
    })
    .addOption(db())
    .action((id: number, flags: { db: string }) => {
      const store = openWatchStore(flags.db);
      try {
        if (store.removeSubscription(id)) process.stdout.write(`removed alert ${id}\n`);
        else {
          process.stderr.write(`sitrep: no alert ${id} (see sitrep alerts list)\n`);
          process.exitCode = 1;
        }
      } finally {
        store.db.close();
      }
    });
}
