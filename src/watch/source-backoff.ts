/**
 * When to try a failing source again: the first failure waits for the next pass; after that
 * the wait doubles from one minute, capped at six hours, with a little jitter.
 */
export function nextAttemptAfterFailure(
  failures: number,
  now = Date.now(),
  random = Math.random,
): number {
  if (failures <= 1) return now;
  const wait = Math.min(6 * 3_600_000, 60_000 * 2 ** (failures - 2));
  return now + Math.round(wait * (0.9 + random() * 0.2));
}
