import type { Analysis, Attribution, Event } from '../../src/model/index.js';

const actor = (code: string, name: string) => ({ code, sector: 'GOV', name, text: name });

/**
 * An analysis of an invented article reporting one claim: North Korean troops deployed in
 * Russia, carried by `source` with `stance`. Built by hand (as the code stage would) so the
 * alert path can be tested on the store's real merge.
 */
export function claimAnalysis(
  id: string,
  published: string,
  source: { code: string; name: string },
  stance: Attribution['stance'],
  troops: number,
): Analysis {
  const sentence = `${source.name} said on ${published} that about ${troops} North Korean troops were deployed in Russia.`;
  const text = `${sentence}\n\nThe statement came after weeks of reports.`;
  const span = { start: 0, end: sentence.length };
  const evidence = { span, text: sentence };
  const trigger = sentence.indexOf('deployed');
  const event: Event = {
    id: `${id}-e1`,
    articleId: id,
    type: 'MOBILIZE',
    mode: null,
    context: [],
    actors: [actor('PRK', 'North Korea')],
    recipients: [actor('RUS', 'Russia')],
    place: null,
    // The deployment itself is dated October 2024 in every report, whenever it is published.
    when: { date: '2024-10', precision: 'month', text: 'October 2024' },
    quantity: { value: troops, unit: 'soldiers', qualifier: 'about', text: `about ${troops}` },
    modality: 'asserted',
    attributions: [
      {
        sourceKind: 'actor',
        source: actor(source.code, source.name),
        stance,
        saidOn: published,
        cue: 'said',
        ruleId: 'test/hand-built',
        evidence,
      },
    ],
    evidence: [evidence],
    trigger: { span: { start: trigger, end: trigger + 8 }, text: 'deployed' },
    ruleId: 'test/hand-built',
    summary: `North Korea deployed about ${troops} troops in Russia`,
  };
  return {
    id,
    source: `https://news.example/${id}`,
    url: `https://news.example/${id}`,
    canonicalUrl: null,
    title: `Claim ${id}`,
    published,
    publishedSource: 'supplied',
    section: [],
    byline: null,
    siteName: 'Example news',
    lang: 'en',
    text,
    paragraphs: [span, { start: sentence.length + 2, end: text.length }],
    sentences: [{ span, text: sentence, paragraph: 0 }],
    mentions: [],
    events: [event],
  };
}
