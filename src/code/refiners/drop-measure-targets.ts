import type { EventCandidate } from '../candidate.js';

// "adopted sanctions against Xia, targeting 200 vessels", "sanctions targeting Xian banks": a
// participle in -ing right after a comma or right after the sanction, with the sanction the
// nearest act before it, tells what the sanction aims at.
function describesMeasure(c: EventCandidate, cands: EventCandidate[]): boolean {
  if (!c.trigger.text.toLowerCase().endsWith('ing')) return false;
  const before = cands
    .filter((d) => d !== c && d.view === c.view && d.last < c.first && !d.dropped)
    .sort((a, b) => b.last - a.last)[0];
  if (before?.type !== 'SANCTION') return false;
  return before.last === c.first - 1 || c.view.tokens[c.first - 1]?.text === ',';
}

/**
 * "announcing the sanctions, the treasury said Yia's minister was targeted for orchestrating
 * support for the rebels": one who "was targeted for" what they did, in a sentence that tells
 * of a sanction, is the aim of that measure, not the victim of an attack; the measure is coded
 * from its own words. An attack verb of aiming ("targeted") in the passive with "for" and a
 * gerund after it is dropped where a sanction trigger stands in the same sentence. Without the
 * sanction ("civilians were targeted for killing"), or in the active ("sanctions for targeting
 * children"), it stays an attack. "imposed sanctions on Xia, targeting its banks": a participle
 * right after the sanction says what it aims at, and is dropped too.
 */
export function dropMeasureTargets(cands: EventCandidate[]): EventCandidate[] {
  const sanctioned = new Set(
    cands.filter((c) => c.type === 'SANCTION' && !c.dropped).map((c) => c.view),
  );
  return cands.filter((c) => {
    if (c.type !== 'ASSAULT' || c.mode !== 'targeted' || c.entry.pos !== 'verb') return true;
    if (!sanctioned.has(c.view)) return true;
    if (!c.passive) {
      if (!describesMeasure(c, cands)) return true;
      c.dropped = 'the aim of a measure';
      c.notes.push(`dropped: "${c.trigger.text}" after a sanction names its aims, not an attack`);
      return false;
    }
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
