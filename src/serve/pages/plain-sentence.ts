import type { ActorRef, Incident } from '../../model/index.js';
import { actorLabel, joinNames } from '../format.js';
import type { EventPhrase } from './event-phrases.js';
import { MODE_PHRASES, TYPE_PHRASES } from './event-phrases.js';

const MODALITY_PREFIX: Record<Incident['modality'], string> = {
  asserted: '',
  negated: 'Reported as not having happened: ',
  possible: 'Possibly: ',
  planned: 'Planned: ',
  future: 'Expected: ',
  hypothetical: 'Hypothetical: ',
};

function names(refs: readonly ActorRef[]): string[] {
  return [...new Set(refs.map(actorLabel))];
}

function phraseFor(incident: Pick<Incident, 'type' | 'mode'>): EventPhrase {
  return (
    (incident.mode ? MODE_PHRASES[`${incident.type}/${incident.mode}`] : undefined) ??
    TYPE_PHRASES[incident.type] ?? {
      withWhom: `acted towards {R} (${incident.type})`,
      alone: `acted (${incident.type})`,
      noun: incident.type,
      prep: 'towards',
    }
  );
}

/**
 * What happened, in one plain sentence built from the incident's coded fields (who, what, to whom,
 * where), e.g. "Venezuela sent troops to Guyana in Georgetown." The coded summary stays for analysts.
 *
 * @example
 * describeIncident(incident) // "North Korea sent troops to Russia in Kursk Oblast."
 */
export function describeIncident(
  incident: Pick<Incident, 'type' | 'mode' | 'actors' | 'recipients' | 'place' | 'modality'>,
): string {
  const phrase = phraseFor(incident);
  const who = names(incident.actors);
  // A party that both acts and receives (a merge of reports) is named once, as the actor.
  const whom = names(incident.recipients).filter((n) => !who.includes(n));
  let sentence: string;
  if (who.length > 0) {
    const verb =
      whom.length > 0
        ? phrase.withWhom.replace('{R}', joinNames(whom))
        : who.length > 1 && phrase.together
          ? phrase.together
          : phrase.alone;
    sentence = `${joinNames(who)} ${verb}`;
  } else {
    sentence = whom.length > 0 ? `${phrase.noun} ${phrase.prep} ${joinNames(whom)}` : phrase.noun;
  }
  const place = incident.place?.name;
  if (place && !who.includes(place) && !whom.includes(place)) sentence += ` in ${place}`;
  const prefix = MODALITY_PREFIX[incident.modality];
  // Names keep their capital after the prefix; a leading common noun ("An attack") does not.
  const lead = who.length > 0 ? sentence : sentence.charAt(0).toLowerCase() + sentence.slice(1);
  const text = prefix ? `${prefix}${lead}` : sentence;
  return `${text}.`;
}
