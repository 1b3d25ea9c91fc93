import { inventedArticleHtml } from '../../src/bench/watch-soak.js';

/**
 * An invented article page made of the paragraphs of `copies` invented reports: long enough that
 * its analysis takes a while (60 copies: about half a second; 300: seconds, near the limits).
 */
export function longInventedPage(title: string, copies: number, date: Date): string {
  const paragraphs: string[] = [];
  for (let i = 0; i < copies; i++)
    paragraphs.push(...(inventedArticleHtml(`${title}-${i}`, date).match(/<p>[^<]*<\/p>/g) ?? []));
  return `<!DOCTYPE html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>${paragraphs.join('\n')}</article></body></html>`;
}
