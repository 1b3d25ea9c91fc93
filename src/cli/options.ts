import { InvalidArgumentError } from 'commander';

/** `10MB`, `512kB`, `1048576` -> bytes. */
export function parseByteSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError('give a size such as 10MB, 512kB or 1048576');
  const factor = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9 }[(m[2] ?? 'b').toLowerCase() as 'b'];
  return Math.round(Number(m[1]) * factor);
}

/** Accepts YYYY-MM-DD (or a full ISO date-time); rejects anything else with a clear message. */
export function parseDateOption(value: string): string {
  const v = value.trim();
  if (
    !/^\d{4}-\d{2}(-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?$/.test(v) ||
    Number.isNaN(Date.parse(v))
  ) {
    throw new InvalidArgumentError('give a date as YYYY-MM-DD, e.g. 2024-11-06');
  }
  return v;
}

/** One line on stderr per failed input: what failed and why. */
export function reportInputError(input: string, message: string): void {
  process.stderr.write(`sitrep: ${input}: ${message}\n`);
}
