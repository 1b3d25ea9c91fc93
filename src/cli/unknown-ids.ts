import type { Repository } from '../store/repository.js';

/**
 * Why a `--crisis` or `--actor` filter names nothing in the store (a mistyped id), as one line
 * naming it; null when both are known or not given. Commands exit non-zero on it instead of
 * printing an empty list that reads as "nothing happened".
 *
 * @example
 * const problem = await unknownFilterIds(repo, { crisis: 'cri-nope' });
 */
export async function unknownFilterIds(
  repo: Repository,
  filter: { crisis?: string | undefined; actor?: string | undefined },
): Promise<string | null> {
  if (filter.crisis && !(await repo.getCrisis(filter.crisis)))
    return `there is no crisis ${filter.crisis} in the store; \`sitrep crises\` lists their ids`;
  if (filter.actor) {
    const code = filter.actor.toUpperCase();
    const { total } = await repo.listIncidents({ actor: code, limit: 1 });
    if (total === 0)
      return `no incident in the store involves actor ${code}; give an actor code such as those \`sitrep timeline\` shows`;
  }
  return null;
}

/** Prints the problem from {@link unknownFilterIds} and gives the exit code, or null to go on. */
export async function refuseUnknownIds(
  repo: Repository,
  filter: { crisis?: string | undefined; actor?: string | undefined },
): Promise<number | null> {
  const problem = await unknownFilterIds(repo, filter);
  if (!problem) return null;
  process.stderr.write(`sitrep: ${problem}\n`);
  return 1;
}
