/** `30s`, `5m`, `2h`, `1d` or plain seconds -> milliseconds; null when not understood. */
export function parseInterval(value: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?$/i.exec(value.trim());
  if (!m) return null;
  const unit = (m[2] ?? 's').toLowerCase();
  const factor = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[unit] ?? 1000;
  const ms = Math.round(Number(m[1]) * factor);
  return ms > 0 ? ms : null;
}
