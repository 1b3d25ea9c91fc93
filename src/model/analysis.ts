import { z } from 'zod';
import { Article } from './article.js';
import { Event } from './event.js';
import { Mention, Sentence } from './mention.js';

/** An article with its annotations: what `annotate` returns. */
export const Annotated = Article.extend({
  sentences: z.array(Sentence),
  mentions: z.array(Mention),
});
export type Annotated = z.infer<typeof Annotated>;

/** What `analyze` returns: the article, its annotations and its coded events. */
export const Analysis = Annotated.extend({ events: z.array(Event) });
export type Analysis = z.infer<typeof Analysis>;
