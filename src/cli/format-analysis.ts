import type { SentenceExplanation } from '../code/index.js';
import type { Analysis, Article, Attribution, Event } from '../model/index.js';

function formatAttribution(a: Attribution): string {
  const who = a.source
    ? `${a.source.code} ("${a.source.text}")`
    : a.sourceKind === 'unnamed'
      ? '(unnamed source)'
      : '(outlet)';
  return `${who} ${a.stance}${a.saidOn ? ` on ${a.saidOn}` : ''}${a.cue ? ` — "${a.cue}"` : ''}`;
}

function formatEvent(event: Event, n: number): string[] {
  const actors =
    event.actors.map((a) => `${a.code}${a.sector ? `/${a.sector}` : ''}`).join(' + ') || '(none)';
  const recipients =
    event.recipients.map((a) => `${a.code}${a.sector ? `/${a.sector}` : ''}`).join(' + ') ||
    '(none)';
  const q = event.quantity;
  const lines = [
    `  ${n}. ${event.type}${event.mode ? `/${event.mode}` : ''}${event.modality !== 'asserted' ? ` [${event.modality}]` : ''}: ${actors} -> ${recipients}`,
    `     trigger:   "${event.trigger.text}" (${event.ruleId})`,
    `     place:     ${event.place ? `${event.place.name}${event.place.country ? ` (${event.place.country})` : ''}` : '-'}`,
    `     date:      ${event.when ? `${event.when.date} (${event.when.precision}; "${event.when.text}")` : '-'}`,
    `     quantity:  ${q ? `${[q.qualifier === 'exact' ? null : q.qualifier, q.value, q.unit].filter((x) => x !== null && x !== '').join(' ')} ("${q.text}")` : '-'}`,
  ];
  if (event.attributions.length === 0) lines.push('     claims:    - (stated by the outlet)');
  event.attributions.forEach((a, i) =>
    lines.push(`     ${i === 0 ? 'claims:   ' : '          '} ${formatAttribution(a)}`),
  );
  event.evidence.forEach((e, i) =>
    lines.push(
      `     ${i === 0 ? 'evidence: ' : '          '} [${e.span.start}-${e.span.end}] ${e.text}`,
    ),
  );
  return lines;
}

/** What was left out of a document too large to read whole, in words; null if nothing was. */
export function describeCut(article: Pick<Article, 'cut'>): string | null {
  const { elements, chars } = article.cut ?? {};
  const parts: string[] = [];
  if (elements)
    parts.push(`the first ${elements.kept} of ${elements.total} HTML elements were read`);
  if (chars) parts.push(`the first ${chars.kept} of ${chars.total} characters were analysed`);
  return parts.length > 0 ? `${parts.join('; ')} (the per-document limit)` : null;
}

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
  const cut = describeCut(analysis);
  if (cut) lines.push(`cut:       ${cut}`);
  lines.push(`events:    ${analysis.events.length}`);
  analysis.events.forEach((event, i) => lines.push(...formatEvent(event, i + 1)));
  return lines.join('\n');
}

/** `--explain`: per sentence, each rule that fired and why. */
export function formatExplanation(input: string, explanation: SentenceExplanation[]): string {
  const lines = [`== ${input}: rules that fired, by sentence`];
  for (const s of explanation) {
    lines.push(`[${s.index + 1}] ${s.text}`);
    for (const l of s.lines) lines.push(`    ${l}`);
  }
  if (explanation.length === 0) lines.push('(no trigger, cue or event in any sentence)');
  return lines.join('\n');
}
