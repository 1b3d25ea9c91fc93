import { describe, expect, it } from 'vitest';
import { findActorMentions } from '../../src/annotate/actors/find-actor-mentions.js';
import { splitSentences } from '../../src/annotate/sentences/split-sentences.js';
import { inventedArticle } from './support/invented-actors.js';

/** `text|code|sector` of each actor the shipped dictionaries find, on the given day. */
function find(text: string, published: string): string[] {
  const article = inventedArticle(text, published);
  return findActorMentions(article, splitSentences(article)).map(
    (m) => `${m.text}|${m.actor.code}|${m.actor.sector ?? '-'}`,
  );
}

// The curated office holders since 2014 and the bodies of the corpus stories: the role that
// held on the article's day wins.
describe('curated office holders and bodies', () => {
  it.each([
    ['Hun Sen spoke on Monday.', '2020-05-01', 'Hun Sen|KHM|GOV'],
    ['Hun Sen spoke on Monday.', '2025-07-01', 'Hun Sen|KHM|LEG'],
    ['Denys Shmyhal spoke on Monday.', '2024-05-01', 'Denys Shmyhal|UKR|GOV'],
    ['Paul Kagame spoke on Monday.', '2025-02-01', 'Paul Kagame|RWA|GOV'],
    ['Corneille Nangaa spoke on Monday.', '2025-02-01', 'Corneille Nangaa|COD|REB'],
  ])('%s on %s: %s', (text, day, expected) => {
    expect(find(text, day)).toContain(expected);
  });
  it('a title resolves to its holder on the day', () => {
    const holder = (day: string): string[] => {
      const article = inventedArticle('The Thai prime minister spoke on Monday.', day);
      return findActorMentions(article, splitSentences(article)).map((m) => m.actor.name);
    };
    expect(holder('2024-10-01')).toContain('Paetongtarn Shinawatra');
    expect(holder('2025-10-01')).toContain('Anutin Charnvirakul');
  });
  it.each([
    ['The IAEA said on Monday.', 'IAEA|UNO|GOV'],
    ['MONUSCO said on Monday.', 'MONUSCO|UNO|MIL'],
    ['M23 said on Monday.', 'M23|COD|REB'],
    ['AKP reported on Monday.', 'AKP|KHM|MED'],
    ['Bernama reported on Monday.', 'Bernama|MYS|MED'],
  ])('%s: %s', (text, expected) => {
    expect(find(text, '2025-02-01')).toContain(expected);
  });
  it('a common word is no body', () => {
    expect(find('The march 23 rally was calm.', '2025-02-01')).toEqual([]);
  });
});

// One person of a state's part, as news counts its casualties ("one Thai soldier was injured").
describe('a part of a state named by one of its members', () => {
  it.each([
    ['One Thai soldier was injured.', 'Thai soldier|THA|MIL'],
    ['A Cambodian civilian was killed.', 'Cambodian civilian|KHM|CVL'],
    ['A Congolese militant was captured.', 'Congolese militant|COD|REB'],
    // a community of a state, named by its demonym: no longer dropped as part of a longer name
    ['Thousands of Iraqi Kurds marched.', 'Iraqi Kurds|IRQ|CVL'],
  ])('%s: %s', (text, expected) => {
    expect(find(text, '2025-07-24')).toContain(expected);
  });
  it('negative: a community with no demonym before it names no state', () => {
    expect(find('Kurds marched in the capital.', '2025-07-24')).toEqual([]);
  });
  it('negative: a singular noun that opens a compound names no part', () => {
    expect(find('Albanian rebel-held villages were shelled.', '2001-05-01')).not.toContain(
      'Albanian rebel|ALB|REB',
    );
  });
});

// Peoples the field codes by one state, and the compass words before a state's name.
describe('curated demonyms of peoples and compass-led state names', () => {
  it.each([
    ['Croat forces shelled the town.', 'Croat forces|HRV|MIL'],
    ['Bosnian Serb forces shelled the town.', 'Bosnian Serb forces|BIH|MIL'],
    ['Bosnian Muslim forces held the town.', 'Bosnian Muslim forces|BIH|MIL'],
    ['Troops crossed into South Lebanon.', 'Lebanon|LBN|-'],
    ['Police in Northern Ireland made arrests.', 'Northern Ireland|GBR|-'],
  ])('%s: %s', (text, expected) => {
    expect(find(text, '2024-05-01')).toContain(expected);
  });
  it('negative: a compass name that is its own state wins whole', () => {
    expect(find('Troops left South Sudan.', '2024-05-01')).toEqual(['South Sudan|SSD|-']);
  });
  it('negative: "Northern Ireland" is not Ireland', () => {
    expect(find('Police in Northern Ireland made arrests.', '2024-05-01')).not.toContain(
      'Ireland|IRL|-',
    );
  });
  it('negative: "Bosnian Croat" is no Croatian', () => {
    expect(find('Bosnian Croat forces held the town.', '2024-05-01').join()).not.toMatch(/HRV/);
  });
});
