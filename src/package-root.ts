import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding package.json: src/ in development (vitest), dist/ once built, one level up. */
export const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
