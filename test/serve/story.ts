import type { Analysis } from '../../src/model/index.js';
import { analysisOf } from './analyses.js';

const CUYUNI = { name: 'Cuyuni River', country: 'GUY', lat: 6.6, lon: -60.6 };

/** An invented border story, written for these tests: assert, deny, rising figures, confirm. */
export function borderStory(): Analysis[] {
  return [
    analysisOf(
      {
        title: 'Guyana says Venezuelan troops are at the border',
        published: '2025-03-03',
        url: 'https://wire.example.net/2025/03/03/border',
        paragraphs: [
          "Guyana's foreign ministry said on Monday that Venezuela had deployed about 2,000 troops to the Cuyuni River border region.",
          'Venezuela denied the report.',
        ],
      },
      [
        {
          sentence:
            "Guyana's foreign ministry said on Monday that Venezuela had deployed about 2,000 troops to the Cuyuni River border region.",
          trigger: 'deployed',
          type: 'MOBILIZE',
          actors: [['VEN', 'Venezuela']],
          recipients: [['GUY', 'Guyana']],
          summary: 'Venezuela deployed troops to the border with Guyana.',
          place: CUYUNI,
          quantity: { value: 2000, unit: 'troops', text: 'about 2,000 troops' },
          attributions: [
            { source: ['GUY', 'Guyana'], stance: 'assert', cue: 'said' },
            {
              source: ['VEN', 'Venezuela'],
              stance: 'deny',
              cue: 'denied',
              sentence: 'Venezuela denied the report.',
            },
          ],
        },
      ],
    ),
    analysisOf(
      {
        title: 'US officials put the buildup at 8,000 troops',
        published: '2025-03-08',
        url: 'https://wire.example.net/2025/03/08/buildup',
        paragraphs: [
          'United States officials said on Saturday that Venezuela had deployed about 8,000 troops near the border with Guyana.',
        ],
      },
      [
        {
          sentence:
            'United States officials said on Saturday that Venezuela had deployed about 8,000 troops near the border with Guyana.',
          trigger: 'deployed',
          type: 'MOBILIZE',
          actors: [['VEN', 'Venezuela']],
          recipients: [['GUY', 'Guyana']],
          summary: 'Venezuela deployed troops to the border with Guyana.',
          when: '2025-03-03',
          place: CUYUNI,
          quantity: { value: 8000, unit: 'troops', text: 'about 8,000 troops' },
          attributions: [{ source: ['USA', 'United States'], stance: 'assert', cue: 'said' }],
        },
      ],
    ),
    analysisOf(
      {
        title: 'Venezuela confirms the deployment',
        published: '2025-03-12',
        url: 'https://wire.example.net/2025/03/12/confirms',
        paragraphs: [
          "Venezuela's defence minister confirmed on Wednesday that about 8,000 troops had been sent to the border region with Guyana.",
        ],
      },
      [
        {
          sentence:
            "Venezuela's defence minister confirmed on Wednesday that about 8,000 troops had been sent to the border region with Guyana.",
          trigger: 'sent',
          type: 'MOBILIZE',
          actors: [['VEN', 'Venezuela']],
          recipients: [['GUY', 'Guyana']],
          summary: 'Venezuela deployed troops to the border with Guyana.',
          when: '2025-03-03',
          place: CUYUNI,
          quantity: { value: 8000, unit: 'troops', text: 'about 8,000 troops' },
          attributions: [{ source: ['VEN', 'Venezuela'], stance: 'confirm', cue: 'confirmed' }],
        },
      ],
    ),
    analysisOf(
      {
        title: 'United States imposes sanctions on Venezuelan officers',
        published: '2025-03-14',
        url: 'https://wire.example.net/2025/03/14/sanctions',
        paragraphs: [
          'The United States imposed sanctions on Friday on three Venezuelan military officers.',
        ],
      },
      [
        {
          sentence:
            'The United States imposed sanctions on Friday on three Venezuelan military officers.',
          trigger: 'imposed sanctions',
          type: 'SANCTION',
          actors: [['USA', 'United States']],
          recipients: [['VEN', 'Venezuela']],
          summary: 'The United States imposed sanctions on Venezuelan officers.',
          place: { name: 'Washington', country: 'USA', lat: 38.9, lon: -77.04 },
        },
      ],
    ),
  ];
}

/** Script tags, event handlers and a javascript: link, as an article might carry them. */
export const HOSTILE_TEXT =
  '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">';

export function hostileStory(): Analysis {
  return analysisOf(
    {
      title: `Shelling reported ${HOSTILE_TEXT}`,
      published: '2025-03-09',
      url: 'javascript:window.__pwned=3',
      paragraphs: [
        `Venezuela shelled a Guyanese border post on Sunday, Guyana said, ${HOSTILE_TEXT} <a href="javascript:window.__pwned=4">more</a>.`,
      ],
    },
    [
      {
        sentence: `Venezuela shelled a Guyanese border post on Sunday, Guyana said, ${HOSTILE_TEXT} <a href="javascript:window.__pwned=4">more</a>.`,
        trigger: 'shelled',
        type: 'ASSAULT',
        actors: [['VEN', 'Venezuela']],
        recipients: [['GUY', 'Guyana']],
        summary: `Venezuela shelled a border post ${HOSTILE_TEXT}`,
        place: { name: `Post ${HOSTILE_TEXT}`, country: 'GUY', lat: 6.9, lon: -60.2 },
        attributions: [{ source: ['GUY', 'Guyana'], stance: 'assert', cue: 'said' }],
      },
    ],
  );
}
