import type { Incident } from '../../src/model/index.js';
import { analyze } from '../../src/pipeline.js';
import type { Repository } from '../../src/store/repository.js';

/** An invented article: its date, its address and its paragraphs. */
export interface InventedArticle {
  published: string;
  url: string;
  text: string;
}

/** Written for these tests: a deployment asserted by a third state, denied, then owned to. */
export const DEPLOYMENT_STORY: InventedArticle[] = [
  {
    published: '2025-03-03',
    url: 'https://wire.example.net/2025/03/03/estonian-troops',
    text: 'Finland said on Monday that Estonia had sent 2,000 soldiers to Latvia.',
  },
  {
    published: '2025-03-05',
    url: 'https://wire.example.net/2025/03/05/denial',
    text: 'Finland said that Estonia had sent 2,000 soldiers to Latvia. Estonia denied the report on Wednesday.',
  },
  {
    published: '2025-03-08',
    url: 'https://wire.example.net/2025/03/08/no-dispute',
    text: 'Finland said that Estonia had sent 2,000 soldiers to Latvia. Estonia did not dispute the satellite images on Saturday.',
  },
  {
    published: '2025-03-10',
    url: 'https://wire.example.net/2025/03/10/third-state',
    text: 'Sweden confirmed on Monday that Estonia had sent 2,000 soldiers to Latvia.',
  },
  {
    published: '2025-03-12',
    url: 'https://wire.example.net/2025/03/12/owned',
    text: 'Estonia confirmed on Wednesday that it had sent 2,000 soldiers to Latvia.',
  },
];

/** Runs each article through the real pipeline and stores it. */
export async function ingestInvented(repo: Repository, articles: InventedArticle[]): Promise<void> {
  for (const [n, a] of articles.entries())
    await repo.ingest(
      analyze(
        { source: a.url, id: `invented-${n}`, url: a.url, body: a.text, format: 'text' },
        { published: a.published },
      ),
    );
}

/** The stored deployment of Estonian troops to Latvia. */
export async function deploymentOf(repo: Repository): Promise<Incident | undefined> {
  const { items } = await repo.listIncidents({ limit: 500 });
  return items.find(
    (i) =>
      (i.type === 'AID' || i.type === 'MOBILIZE') &&
      i.actors.some((a) => a.code === 'EST') &&
      i.recipients.some((r) => r.code === 'LVA'),
  );
}
