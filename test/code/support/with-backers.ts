import { BACKER_RULE, HOLDER_RULE } from '../../../src/annotate/actors/drop-hyphen-compounds.js';
import type { Annotated } from '../../../src/model/index.js';
import { buildAnnotated } from './build-annotated.js';

/**
 * The shared test actors, with a state right before "-backed" or "-armed" read as its backer
 * and one before "-held", "-controlled" or "-occupied" as its holder (as annotate reads them).
 * Published 2024-11-06.
 */
export function annotateWithBackers(text: string): Annotated {
  const a = buildAnnotated(text, '2024-11-06');
  const mentions = a.mentions.map((m) => {
    if (m.kind !== 'actor') return m;
    const after = text.slice(m.span.end);
    if (/^-(?:backed|armed)\b/.test(after)) return { ...m, ruleId: BACKER_RULE };
    if (/^-(?:held|controlled|occupied)\b/.test(after)) return { ...m, ruleId: HOLDER_RULE };
    return m;
  });
  return { ...a, mentions };
}
