import type { ActorMention } from '../../model/index.js';
import type { SentenceView } from '../sentence-view.js';
import { type FoundActor, mentionRef } from './role-search.js';

/**
 * "as Xia and Yia signed the truce": where the clause layer took only the last party of a
 * coordinated subject, the party joined to it by "and" just before is a subject too. Only a
 * single party found, and only a party mention right before the "and".
 */
export function withCoordinatedParty(view: SentenceView, found: FoundActor[]): FoundActor[] {
  if (found.length !== 1) return found;
  const only = found[0];
  if (!only || only.at < 2) return found;
  if (view.tokens[only.at - 1]?.lower !== 'and') return found;
  const before = (view.mentionAt.get(only.at - 2) ?? []).find(
    (m): m is ActorMention => m.kind === 'actor',
  );
  if (!before || before.actor.code === only.ref.code) return found;
  return [{ ref: mentionRef(before), at: only.at - 2, prep: '' }, only];
}
