import * as core from './001-core.js';
import * as figureBounds from './002-figure-bounds.js';
import * as incidentRows from './003-incident-rows.js';
import type { Migration } from '../migrations/index.js';

/** Every PostgreSQL migration, in id order. Add new ones at the end. */
export const PG_MIGRATIONS: readonly Migration[] = [core, figureBounds, incidentRows];
