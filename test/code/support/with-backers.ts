import { BACKER_RULE } from '../../../src/annotate/actors/drop-hyphen-compounds.js';
import type { Annotated } from '../../../src/model/index.js';
import { buildAnnotated } from './build-annotated.js';

/**
 * The shared test actors, with a state right before "-backed" or "-armed" read as its backer
 * (as annotate reads it). Published 2024-11-06.
 */
export function annotateWithBackers(text: string): Annotated {
  const a = buildAnnotated(text, '2024-11-06');
  const mentions = a.mentions.map((m) =>
    m.kind === 'actor' && /^-(?:backed|armed)\b/.test(text.slice(m.span.end))
      ? { ...m, ruleId: BACKER_RULE }
      : m,
  );
  return { ...a, mentions };
}
