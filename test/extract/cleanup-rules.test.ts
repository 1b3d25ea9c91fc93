import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { CleanupRule, ParagraphRule } from '../../src/extract/html/cleanup/cleanup-rule.js';
import { dropBoilerplateLines } from '../../src/extract/html/cleanup/drop-boilerplate-lines.js';
import { dropBylineLines } from '../../src/extract/html/cleanup/drop-byline-lines.js';
import { dropCounterParagraphs } from '../../src/extract/html/cleanup/drop-counter-paragraphs.js';
import { dropCreditCaptions } from '../../src/extract/html/cleanup/drop-credit-captions.js';
import { dropDateLines } from '../../src/extract/html/cleanup/drop-date-lines.js';
import { dropEdgePrompts } from '../../src/extract/html/cleanup/drop-edge-prompts.js';
import { dropLeadingCrumbs } from '../../src/extract/html/cleanup/drop-leading-crumbs.js';
import { dropTitleRepeat } from '../../src/extract/html/cleanup/drop-title-repeat.js';
import { removeAdSlots } from '../../src/extract/html/cleanup/remove-ad-slots.js';
import { removeBylines } from '../../src/extract/html/cleanup/remove-bylines.js';
import { removeCaptions } from '../../src/extract/html/cleanup/remove-captions.js';
import { removeHidden } from '../../src/extract/html/cleanup/remove-hidden.js';
import { removeLinkParagraphs } from '../../src/extract/html/cleanup/remove-link-paragraphs.js';
import { removeLinkRows } from '../../src/extract/html/cleanup/remove-link-rows.js';
import { removeMoreLists } from '../../src/extract/html/cleanup/remove-more-lists.js';
import { removeNavigation } from '../../src/extract/html/cleanup/remove-navigation.js';
import { removeNewsletterPrompts } from '../../src/extract/html/cleanup/remove-newsletter-prompts.js';
import { removeRelatedLinks } from '../../src/extract/html/cleanup/remove-related-links.js';
import { removeShareBars } from '../../src/extract/html/cleanup/remove-share-bars.js';
import type { PageMetadata } from '../../src/extract/html/meta/read-page-metadata.js';

const META: PageMetadata = {
  title: 'Storm closes the northern harbour',
  published: null,
  section: ['Weather'],
  byline: 'Marta Okafor',
  siteName: null,
  canonicalUrl: null,
  lang: null,
};
const STORY =
  '<p>The northern harbour will stay closed to all shipping until Friday after a winter storm damaged two of its loading cranes and tore a floating pontoon from its moorings, the port authority said on Wednesday, adding that divers would inspect the quay walls before any ship is let back in.</p>';
const KEEP = 'KEEP';

/** Runs a DOM rule on STORY plus the fragment; returns whether the fragment's marker text survived. */
function survives(rule: CleanupRule, fragment: string): boolean {
  const { document } = parseHTML(
    `<html><body><div id="root">${STORY}${fragment}${STORY}</div></body></html>`,
  );
  const root = document.getElementById('root') as unknown as Element;
  rule.apply(root, META);
  return (root.textContent ?? '').includes(KEEP);
}

describe('DOM clean-up rules', () => {
  it.each([
    [removeHidden, `<span style="display: none">${KEEP}</span>`],
    [removeHidden, `<div class="rollover-people">${KEEP} card</div>`],
    [removeNavigation, `<nav><a href="/">${KEEP}</a></nav>`],
    [removeNavigation, `<ol class="breadcrumb"><li>${KEEP}</li></ol>`],
    [removeCaptions, `<figure><img src="x.jpg"><figcaption>${KEEP} photo</figcaption></figure>`],
    [removeCaptions, `<span class="image-credit">${KEEP} / Agency</span>`],
    [removeShareBars, `<div class="share-tools"><a>${KEEP} on Facebook</a></div>`],
    [removeAdSlots, `<div class="ad-container">${KEEP} Advertisement</div>`],
    [removeNewsletterPrompts, `<div class="newsletter-box">${KEEP} sign up</div>`],
    [removeBylines, `<div class="article-byline">By ${KEEP} Okafor</div>`],
    [removeBylines, `<div><time datetime="2024-01-01">${KEEP} 1 Jan</time></div>`],
    [
      removeBylines,
      `<div class="author-bio">${KEEP} Marta Okafor has covered the coast for a decade and writes about shipping, weather and fishing.</div>`,
    ],
    [
      removeRelatedLinks,
      `<ul><li><a href="/a">${KEEP} one</a></li><li><a href="/b">Two</a></li></ul>`,
    ],
    [removeRelatedLinks, `<div class="related-stories"><a href="/a">${KEEP} other story</a></div>`],
    [removeLinkRows, `<p><a href="/a">${KEEP}</a> <a href="/b">Facebook</a></p>`],
    [removeLinkParagraphs, `<p><a href="/a">${KEEP} OTHER STORY IN CAPITALS</a></p>`],
    [
      removeMoreLists,
      `<h4>More:</h4><ul><li><h4><a href="/a">${KEEP} other story</a></h4></li></ul>`,
    ],
    [removeRelatedLinks, `<div class="rail__item"><h3>${KEEP} TEASER</h3><a href="/x"></a></div>`],
  ] as [CleanupRule, string][])('%#: %o removes its clutter', (rule, fragment) => {
    expect(survives(rule, fragment)).toBe(false);
  });
  it.each([
    [removeHidden, `<p>${KEEP} visible text</p>`],
    [removeNavigation, `<p class="navigator-quote">${KEEP}</p>`],
    [removeCaptions, `<figure><p>${KEEP} one</p><p>two</p></figure>`],
    [removeShareBars, `<p class="shared-story">${KEEP} paragraph about a shared market</p>`],
    [removeAdSlots, `<p class="address">${KEEP} 1 Harbour Road</p>`],
    [removeNewsletterPrompts, `<p>${KEEP} the newsletter was founded in 1990</p>`],
    [
      removeBylines,
      `<p>Later <time datetime="2024-01-01">${KEEP} on Monday</time> the port reopened.</p>`,
    ],
    [removeRelatedLinks, `<ul><li>${KEEP} first point of the plan</li><li>Second point</li></ul>`],
    [
      removeLinkRows,
      `<p>The ${KEEP} report, <a href="/a">published</a> on Monday, said cranes were hit.</p>`,
    ],
    [
      removeLinkParagraphs,
      `<p>Source: <a href="https://example.org/r">${KEEP} https://example.org/r</a></p>`,
    ],
  ] as [CleanupRule, string][])('%#: %o keeps story text', (rule, fragment) => {
    expect(survives(rule, fragment)).toBe(true);
  });
  it('never removes the element that holds most of the text', () => {
    const { document } = parseHTML(
      `<html><body><div id="root"><div class="share-wrapper">${STORY}</div></div></body></html>`,
    );
    const root = document.getElementById('root') as unknown as Element;
    removeShareBars.apply(root, META);
    expect(root.textContent).toContain('northern harbour');
  });
});

const PARA =
  'The port authority said on Tuesday that two cargo ships had been held at anchor for a week while inspectors checked their papers.';

describe('paragraph rules', () => {
  it.each([
    [
      dropBoilerplateLines,
      ['Advertisement', PARA, 'Read more: Ships stuck at sea', 'Image copyright Agency'],
    ],
    [dropBoilerplateLines, ['Share this article', PARA, 'Continue reading below']],
    [dropDateLines, ['Updated Nov 19, 2019, 9:41 AM; Posted Nov 18, 8:19 PM', PARA, '3 hours ago']],
    [dropDateLines, ['14 February 2024, 07:45', PARA]],
    [dropCounterParagraphs, [PARA, '12', PARA]],
    [
      dropCreditCaptions,
      [PARA, 'Waves break over the wall on Tuesday. Credit: Lena Brandt', 'File photo: the pier'],
    ],
    [
      dropEdgePrompts,
      [
        'This post may contain affiliate links, see our disclosure.',
        PARA,
        PARA,
        PARA,
        PARA,
        'Follow her on Twitter for more.',
      ],
    ],
    [dropBylineLines, ['By Marta Okafor and Jonas Pell', PARA, 'Marta Okafor']],
    [
      dropEdgePrompts,
      [
        'This website uses cookies to improve your experience.',
        PARA,
        PARA,
        PARA,
        PARA,
        'Get the latest news right in your inbox.',
      ],
    ],
    [dropTitleRepeat, ['Storm closes the northern harbour', PARA]],
    [dropLeadingCrumbs, ['Weather', 'Home News Science', PARA]],
  ] as [ParagraphRule, string[]][])('%#: %o keeps only the story paragraph', (rule, paragraphs) => {
    expect(rule.apply(paragraphs, META).filter((p) => p !== PARA)).toEqual([]);
  });
  it.each([
    [dropBoilerplateLines, ['Advertising revenue fell by a third last year, the company said.']],
    [
      dropDateLines,
      [
        'Updated plans for the harbour were presented to the council on Nov 19 by the port authority and its engineers.',
      ],
    ],
    [dropDateLines, ['On May 4 at 10:30 the ferry left.']],
    [dropCounterParagraphs, ['Table', '12', '14', 'Total']],
    [dropCreditCaptions, ['The source: a leaked memo from the port authority, seen by reporters.']],
    [dropEdgePrompts, [PARA, 'She follows the rules on fishing closely.']],
    [dropEdgePrompts, [PARA, 'The inspectors will send the report to the council by Friday.']],
    [dropBylineLines, ['By Friday the ships had left.']],
    [dropTitleRepeat, ['Storm closes the northern harbour again, for the second time this year.']],
    [dropLeadingCrumbs, ['Weather forecasters were wrong again on Tuesday, the port said.', PARA]],
  ] as [ParagraphRule, string[]][])('%#: %o keeps story text', (rule, paragraphs) => {
    expect(rule.apply(paragraphs, META)).toEqual(paragraphs);
  });
});
