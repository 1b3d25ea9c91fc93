import { normaliseDate } from '../../dates/normalise-date.js';

/** The first `<time datetime>` (a pubdate or itemprop=datePublished one first). */
export function findTimeElementDate(doc: Document): string | null {
  const preferred = Array.from(
    doc.querySelectorAll(
      'time[pubdate][datetime], time[itemprop="datePublished"][datetime], [itemprop="datePublished"][datetime], [itemprop="datePublished"][content]',
    ),
  );
  for (const el of preferred.concat(Array.from(doc.querySelectorAll('time[datetime]')))) {
    const d = normaliseDate(el.getAttribute('datetime') ?? el.getAttribute('content') ?? '');
    if (d) return d;
  }
  return null;
}
