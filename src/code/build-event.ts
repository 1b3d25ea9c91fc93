import type { Event } from '../model/index.js';
import type { EventCandidate } from './candidate.js';

function score(c: EventCandidate): number {
  return (
    c.actors.length +
    c.recipients.length +
    (c.quantity ? 1 : 0) +
    (c.place ? 1 : 0) +
    (c.whenSource === 'text' ? 1 : 0)
  );
}

function describe(c: EventCandidate): string {
  const who = c.actors.map((a) => a.code).join('+') || '?';
  const whom = c.recipients.map((r) => r.code).join('+');
  const parts = [
    `${who}${whom ? ` -> ${whom}` : ''}: ${c.type}${c.mode ? `/${c.mode}` : ''} "${c.trigger.text}"`,
  ];
  if (c.modality !== 'asserted') parts.push(`(${c.modality})`);
  if (c.place) parts.push(`in ${c.place.name}`);
  if (c.when) parts.push(`on ${c.when.date}`);
  if (c.quantity)
    parts.push(
      `${c.quantity.qualifier === 'exact' ? '' : `${c.quantity.qualifier} `}${c.quantity.value ?? ''} ${c.quantity.unit}`.replace(
        /\s+/g,
        ' ',
      ),
    );
  return parts.join(' ');
}

/** Turns a finished candidate into an `Event`, its fullest sentence first in `evidence`. */
export function buildEvent(c: EventCandidate, articleId: string, n: number): Event {
  const views = [c.view, ...c.extraEvidence];
  const evidence = views.map((v) => ({ span: v.sentence.span, text: v.sentence.text }));
  if (score(c) === 0 && evidence.length > 1) evidence.push(evidence.shift() ?? evidence[0]!);
  return {
    id: `${articleId}:e${n}`,
    articleId,
    type: c.type,
    mode: c.mode,
    context: [],
    actors: c.actors,
    recipients: c.recipients,
    place: c.place,
    when: c.when,
    quantity: c.quantity,
    ...(c.figures.length > 0 ? { figures: c.figures } : {}),
    modality: c.modality,
    attributions: c.attributions,
    evidence,
    trigger: c.trigger,
    ruleId: c.ruleId,
    summary: describe(c),
  };
}
