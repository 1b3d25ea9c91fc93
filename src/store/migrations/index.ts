import * as core from './001-core.js';
import * as incremental from './002-incremental.js';
import * as mergeRoles from './003-merge-roles.js';
import * as storylines from './004-storylines.js';
import * as figureBounds from './005-figure-bounds.js';
import * as incidentRows from './006-incident-rows.js';
import * as watch from './100-watch.js';

/** One schema step: applied once, in id order, inside a transaction. */
export interface Migration {
  id: number;
  name: string;
  sql: string;
}

/** Every migration, in id order. Add new ones at the end. */
export const MIGRATIONS: readonly Migration[] = [
  core,
  incremental,
  mergeRoles,
  storylines,
  figureBounds,
  incidentRows,
  watch,
];
