import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';

const published = '2025-01-13';

/** Each actor mention as `CODE/SECTOR "text"` (shipped dictionaries). */
function actors(text: string): string[] {
  return analyze(text, { published })
    .mentions.filter((m) => m.kind === 'actor')
    .map((m) => `${m.actor.code}/${m.actor.sector ?? ''} "${m.text}"`);
}

describe('armed non-state groups of current conflicts (curated, shipped dictionaries)', () => {
  it.each([
    ['The Rapid Support Forces shelled the town.', 'SDN/REB "Rapid Support Forces"'],
    ['Houthi fighters fired a drone.', 'YEM/REB "Houthi"'],
    ['The Houthis fired a drone.', 'YEM/REB "Houthis"'],
    ['Ansar Allah fired a drone.', 'YEM/REB "Ansar Allah"'],
    ['The Syrian Democratic Forces held the dam.', 'SYR/REB "Syrian Democratic Forces"'],
    ['Hayat Tahrir al-Sham took the city.', 'SYR/REB "Hayat Tahrir al-Sham"'],
    ['PKK militants attacked a post.', 'TUR/REB "PKK"'],
    ['The Arakan Army took the town.', 'MMR/REB "Arakan Army"'],
    ['The Kachin Independence Army took the town.', 'MMR/REB "Kachin Independence Army"'],
    ['The TPLF signed the deal.', 'ETH/REB "TPLF"'],
    ['Fano militiamen took the town.', 'ETH/REB "Fano"'],
    ['The Polisario Front fired shells.', 'ESH/REB "Polisario Front"'],
    ['Palestinian Islamic Jihad fired rockets.', 'PSE/REB "Palestinian Islamic Jihad"'],
    ['JNIM fighters attacked a base.', 'IMG/REB "JNIM"'],
    ['Islamic State militants attacked a base.', 'IMG/REB "Islamic State"'],
  ])('%s', (text, expected) => {
    expect(actors(text)).toContain(expected);
  });

  it('an acronym the group shares with another body is read only where the article defines it', () => {
    expect(
      actors('The paramilitary Rapid Support Forces (RSF) shelled the town. The RSF withdrew.'),
    ).toEqual(['SDN/REB "Rapid Support Forces"', 'SDN/REB "RSF"']);
    const press = actors('Reporters Without Borders (RSF) condemned the arrest.');
    expect(press.some((a) => a.startsWith('SDN'))).toBe(false);
  });

  it('a word of a trigger inside the name is no event ("Rapid Support Forces" is no SUPPORT)', () => {
    const types = (text: string): string[] =>
      analyze(text, { published }).events.map((e) => e.type);
    expect(types('The Rapid Support Forces shelled the town of Tawila in Sudan.')).toEqual([
      'ASSAULT',
    ]);
    // negative: the same word outside a name is still the event
    expect(types('Egypt voiced support for the Sudanese army on Monday.')).toContain('SUPPORT');
  });
});
