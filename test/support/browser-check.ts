import { browserTestsSkipped } from '../browser/chromium.js';

/**
 * Vitest global setup: on a machine without Chromium (outside CI) says, in one line, that the
 * browser tests were not run and how to run them. In CI they run and fail instead.
 */
export default function browserCheck(): void {
  const why = browserTestsSkipped();
  if (why) process.stdout.write(`browser tests not run: ${why}, then run npm test again.\n`);
}
