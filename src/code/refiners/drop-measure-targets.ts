import type { EventCandidate } from '../candidate.js';

/**
 * "announcing the sanctions, the treasury said Yia's minister was targeted for orchestrating
 * support for the rebels": one who "was targeted for" what they did, in a sentence that tells
 * of a sanction, is the aim of that measure, not the victim of an attack; the measure is coded
 * from its own words. An attack verb of aiming ("targeted") in the passive with "for" and a
 * gerund after it is dropped where a sanction trigger stands in the same sentence. Without the
 * sanction ("civilians were targeted for killing"), or in the active ("sanctions for targeting
 * children"), it stays an attack.
 */
export function dropMeasureTargets(cands: EventCandidate[]): EventCandidate[] {
  const sanctioned = new Set(
    cands.filter((c) => c.type === 'SANCTION' && !c.dropped).map((c) => c.view),
  );
  return cands.filter((c) => {
    if (c.type !== 'ASSAULT' || c.mode !== 'targeted' || c.entry.pos !== 'verb' || !c.passive)
      return true;
    if (!sanctioned.has(c.view)) return true;
    const tokens = c.view.tokens;
    if (tokens[c.last + 1]?.lower !== 'for' || !/ing$/.test(tokens[c.last + 2]?.lower ?? ''))
      return true;
    c.dropped = 'the aim of a measure';
    c.notes.push(
      `dropped: "${c.trigger.text} for ${tokens[c.last + 2]?.text ?? ''}" beside a sanction is the measure's aim, not an attack`,
    );
    return false;
  });
}
