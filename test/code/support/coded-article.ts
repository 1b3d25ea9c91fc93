import { explainEvents } from '../../../src/code/index.js';
import type { Analysis } from '../../../src/model/index.js';
import { buildAnnotated } from './build-annotated.js';
import { testDictionaries } from './test-dictionaries.js';

const dicts = testDictionaries();

/**
 * An invented article annotated and coded with the test dictionaries (Freedonia = FRD,
 * Sylvania = SYL), ready to store: the real code stage on invented names.
 */
export function codedArticle(slug: string, published: string, text: string): Analysis {
  const annotated = {
    ...buildAnnotated(text, published),
    id: slug,
    source: slug,
    url: `https://example.org/${slug}`,
  };
  return { ...annotated, events: explainEvents(annotated, dicts).events };
}
