import type { Analysis } from '../model/index.js';

/** A readable summary of one analysed article, for an analyst to check. */
export function formatAnalysisText(input: string, analysis: Analysis): string {
  const lines: string[] = [];
  lines.push(`== ${input}`);
  lines.push(`title:     ${analysis.title ?? '(none)'}`);
  lines.push(
    `published: ${analysis.published ?? '(unknown)'}${analysis.publishedSource ? ` (${analysis.publishedSource})` : ''}`,
  );
  if (analysis.section.length > 0) lines.push(`section:   ${analysis.section.join(' › ')}`);
  if (analysis.byline) lines.push(`byline:    ${analysis.byline}`);
  if (analysis.siteName) lines.push(`site:      ${analysis.siteName}`);
  if (analysis.lang) lines.push(`language:  ${analysis.lang}`);
  if (analysis.canonicalUrl ?? analysis.url)
    lines.push(`url:       ${analysis.canonicalUrl ?? analysis.url}`);
  lines.push(
    `text:      ${analysis.text.length} characters, ${analysis.paragraphs.length} paragraphs`,
  );
  lines.push(`events:    ${analysis.events.length}`);
  for (const event of analysis.events) {
    lines.push(`  - ${event.type}${event.mode ? `/${event.mode}` : ''}: ${event.summary}`);
  }
  return lines.join('\n');
}
