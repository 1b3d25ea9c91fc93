import type { EventCandidate } from '../candidate.js';
import type { CodeContext } from '../context.js';

/** A mode the codebook does not list for the type is dropped, so every emitted code exists. */
export function checkCodebook(
  cands: EventCandidate[],
  { codebook }: CodeContext,
): EventCandidate[] {
  for (const c of cands) {
    const entry = codebook.find((e) => e.type === c.type);
    if (!entry) {
      c.dropped = `type ${c.type} is not in the codebook`;
      continue;
    }
    if (c.mode !== null && !entry.modes.includes(c.mode)) {
      c.notes.push(`mode "${c.mode}" is not a ${c.type} mode in the codebook: dropped`);
      c.mode = null;
    }
  }
  return cands.filter((c) => !c.dropped);
}
