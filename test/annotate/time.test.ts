import { describe, expect, it } from 'vitest';
import { findTimeMentions } from '../../src/annotate/time/find-time-mentions.js';
import type { Article } from '../../src/model/index.js';

function article(text: string, published: string | null): Article {
  return {
    id: 't',
    source: 'test',
    url: null,
    canonicalUrl: null,
    title: null,
    published,
    publishedSource: published ? 'supplied' : null,
    section: [],
    byline: null,
    siteName: null,
    lang: 'en',
    text,
    paragraphs: [{ start: 0, end: text.length }],
  };
}

// Published on Wednesday 2024-11-06.
const FOUND: [string, string, string, string][] = [
  ['The envoy arrived on Monday.', 'Monday', '2024-11-04', 'day'],
  ['The chamber voted on Wednesday.', 'Wednesday', '2024-11-06', 'day'],
  ['The leaders signed it in June.', 'June', '2024-06', 'month'],
  ['The lower house approved it on October 24.', 'October 24', '2024-10-24', 'day'],
  ['She had been in the capital since late last week.', 'last week', '2024-10', 'month'],
  ['Talks began late last year.', 'last year', '2023', 'year'],
  ['Fighting grew this month.', 'this month', '2024-11', 'month'],
  ['Patrols have continued since October.', 'October', '2024-10', 'month'],
  ['A ceasefire was agreed in December.', 'December', '2023-12', 'month'],
  ['The war began in February 2022.', 'February 2022', '2022-02', 'month'],
  ['Shelling resumed yesterday.', 'yesterday', '2024-11-05', 'day'],
  ['This week the army regrouped.', 'This week', '2024-11', 'month'],
  ['The vote was on 24 October 2024.', '24 October 2024', '2024-10-24', 'day'],
  ['Troops arrived Oct. 30.', 'Oct. 30', '2024-10-30', 'day'],
  ['Talks resume in May.', 'May', '2024-05', 'month'],
  ['The treaty took effect on December 4, 2024.', 'December 4, 2024', '2024-12-04', 'day'],
  ['On May 3 the ferry docked.', 'May 3', '2024-05-03', 'day'],
  ['The ferry docked Friday May 3.', 'May 3', '2024-05-03', 'day'],
  ['May 3 was calm at the port.', 'May 3', '2024-05-03', 'day'],
  // a weekday pointed forward is the first such day after publication
  ['The envoys meet next Monday.', 'Monday', '2024-11-11', 'day'],
  ['Next Friday the talks resume.', 'Friday', '2024-11-08', 'day'],
  ['The council sits next Wednesday.', 'Wednesday', '2024-11-13', 'day'],
  ['A vote is set for the coming Saturday.', 'Saturday', '2024-11-09', 'day'],
  ['The vote in Freedonia is scheduled for Friday.', 'Friday', '2024-11-08', 'day'],
  // a day or month pointed forward is the first one on or after publication, not last year's
  ['A border meeting is scheduled for Dec 4 in Sylvania.', 'Dec 4', '2024-12-04', 'day'],
  ['The Freedonian summit is set for January 10.', 'January 10', '2025-01-10', 'day'],
  ['Elections are slated for March.', 'March', '2025-03', 'month'],
  ['The second round is due on November 20.', 'November 20', '2024-11-20', 'day'],
  // negatives: a bare or past weekday stays on or before publication
  ['The envoys met last Monday.', 'Monday', '2024-11-04', 'day'],
  ['The envoys met on Tuesday and left.', 'Tuesday', '2024-11-05', 'day'],
  // negatives: a past day or month without a forward word stays last year's
  ['Sylvania closed the border on Dec 4.', 'Dec 4', '2023-12-04', 'day'],
  ['Freedonia set up a checkpoint on November 20.', 'November 20', '2023-11-20', 'day'],
];

describe('findTimeMentions', () => {
  it.each(FOUND)('%s', (text, phrase, date, precision) => {
    const found = findTimeMentions(article(text, '2024-11-06'));
    const m = found.find((t) => t.text.includes(phrase));
    expect(m?.when).toMatchObject({ date, precision });
  });
  it.each([
    'The envoy arrived on Monday and left in June.',
    'Shelling resumed yesterday.',
    'Troops were sent last month.',
    'Talks began late last year.',
    'This week the army regrouped.',
    'The vote was on October 24.',
  ])('leaves relative phrases unresolved without a publication date: %s', (text) => {
    const found = findTimeMentions(article(text, null));
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((t) => t.when)).toEqual(found.map(() => null));
  });
  it.each([
    ['It happened on March 23, 2024.', '2024-03-23', 'day'],
    ['The war began in February 2022.', '2022-02', 'month'],
    ['The vote was on 24 October 2024.', '2024-10-24', 'day'],
  ])('keeps a date with its own year without a publication date: %s', (text, date, precision) => {
    const found = findTimeMentions(article(text, null));
    expect(found[0]?.when).toMatchObject({ date, precision });
  });
  it.each([
    'Protesters march towards the capital.',
    'Troops may deploy soon.',
    'About 10,000 soldiers were sent.',
    'The ministers met.',
    'The ferry Lucky May 3 docked at the port.',
    'A tug rammed the barge Grand March 2 near the pier.',
  ])('finds no date in %s', (text) => {
    expect(findTimeMentions(article(text, '2024-11-06'))).toEqual([]);
  });
});
