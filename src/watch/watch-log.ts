/** One structured log line: what happened, to which source and URL. */
export interface LogEntry {
  level: 'info' | 'warn' | 'error' | 'debug';
  event: string;
  source?: string;
  url?: string;
  message?: string;
  [extra: string]: unknown;
}

export type WatchLogger = (entry: LogEntry) => void;

/** Writes each entry as one JSON object per line (to stderr by default), time first. */
export function createJsonLogger(
  write: (line: string) => void = (l) => process.stderr.write(l),
  now = () => new Date(),
): WatchLogger {
  return (entry) => write(JSON.stringify({ time: now().toISOString(), ...entry }) + '\n');
}
