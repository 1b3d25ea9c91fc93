import { createHash } from 'node:crypto';
import type {
  ActorRef,
  Analysis,
  Attribution,
  Event,
  EventType,
  Place,
  Stance,
} from '../../src/model/index.js';

/** What a test says about one event: the sentence and words it rests on must be in the text. */
export interface EventSpec {
  sentence: string;
  trigger: string;
  type: EventType;
  actors: [code: string, name: string][];
  recipients?: [code: string, name: string][];
  summary: string;
  when?: string;
  place?: Pick<Place, 'name' | 'country' | 'lat' | 'lon'>;
  quantity?: { value: number; unit: string; text: string };
  attributions?: {
    source: [code: string, name: string] | null;
    stance: Stance;
    cue: string;
    /** The sentence the source says it in, when not the event's own. */
    sentence?: string;
  }[];
}

function spanOf(text: string, part: string, from = 0) {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`test data: "${part}" is not in the text`);
  return { start, end: start + part.length };
}

function ref(text: string, [code, name]: [string, string], within: { start: number }): ActorRef {
  const at = text.indexOf(name, within.start);
  return {
    code,
    sector: 'GOV',
    name,
    text: name,
    ...(at >= 0 ? { span: { start: at, end: at + name.length } } : {}),
  };
}

/**
 * An analysed article built by hand: the store ingests it exactly as it would the pipeline's
 * output, so the store, merge and serve paths are the real ones.
 */
export function analysisOf(
  doc: { title: string; published: string; url: string; paragraphs: string[] },
  specs: EventSpec[],
): Analysis {
  const text = doc.paragraphs.join('\n\n');
  const id = createHash('sha256').update(text).digest('hex');
  const paragraphs = [];
  let at = 0;
  for (const p of doc.paragraphs) {
    paragraphs.push({ start: at, end: at + p.length });
    at += p.length + 2;
  }
  const events: Event[] = specs.map((spec, n) => {
    const sentence = spanOf(text, spec.sentence);
    const evidence = { span: sentence, text: spec.sentence };
    const trigger = spanOf(text, spec.trigger, sentence.start);
    const attributions: Attribution[] = (spec.attributions ?? []).map((a) => {
      const own = a.sentence ? { span: spanOf(text, a.sentence), text: a.sentence } : evidence;
      return {
        sourceKind: a.source ? 'actor' : 'outlet',
        source: a.source ? ref(text, a.source, own.span) : null,
        stance: a.stance,
        saidOn: doc.published.slice(0, 10),
        cue: a.cue,
        ruleId: 'test/attribution',
        evidence: own,
      };
    });
    return {
      id: `${id.slice(0, 12)}-e${n}`,
      articleId: id,
      type: spec.type,
      mode: null,
      context: [],
      actors: spec.actors.map((a) => ref(text, a, sentence)),
      recipients: (spec.recipients ?? []).map((a) => ref(text, a, sentence)),
      place: spec.place ? { ...spec.place, precision: 'region', text: spec.place.name } : null,
      when: { date: spec.when ?? doc.published.slice(0, 10), precision: 'day', text: 'on the day' },
      quantity: spec.quantity
        ? {
            value: spec.quantity.value,
            unit: spec.quantity.unit,
            qualifier: 'about',
            text: spec.quantity.text,
            span: spanOf(text, spec.quantity.text, sentence.start),
          }
        : null,
      modality: 'asserted',
      attributions,
      evidence: [evidence],
      trigger: { span: trigger, text: spec.trigger },
      ruleId: 'test/event',
      summary: spec.summary,
    };
  });
  return {
    id,
    source: doc.url,
    url: doc.url,
    canonicalUrl: doc.url,
    title: doc.title,
    published: doc.published,
    publishedSource: 'supplied',
    section: ['World'],
    byline: null,
    siteName: 'Test Wire',
    lang: 'en',
    text,
    paragraphs,
    sentences: [],
    mentions: [],
    events,
  };
}
