import { describe, expect, it } from 'vitest';
import type { EventType } from '../../src/model/index.js';
import { modesAgree } from '../../src/merge/type-groups.js';

describe('modes that keep two reports apart', () => {
  it.each<[EventType, string | null, EventType, string | null, boolean, string]>([
    ['AID', 'troops', 'AID', 'troops', true, 'the same deployment'],
    ['AID', 'troops', 'AID', null, true, 'a report that does not say what'],
    ['AID', 'troops', 'AID', 'weapons', false, 'troops sent and arms supplied are two events'],
    ['AID', 'troops', 'MOBILIZE', 'troops', true, 'a deployment coded either way'],
    ['AID', null, 'MOBILIZE', null, true, 'neither says what'],
    ['AID', 'weapons', 'MOBILIZE', 'weapons', false, 'an arms supply is no missile test'],
    ['MOBILIZE', 'weapons', 'THREATEN', null, true, 'a missile test as a threat'],
    ['AGREE', 'treaty', 'AGREE', 'ceasefire', false, 'a treaty is not a ceasefire'],
    ['ASSAULT', 'aerial', 'ASSAULT', 'artillery', true, 'how an attack was made is no split'],
    ['RETREAT', 'withdraw', 'RETREAT', 'ceasefire', false, 'a withdrawal is no ceasefire'],
    ['RETREAT', 'ceasefire', 'RETREAT', null, true, 'a report that does not say which retreat'],
    ['RETREAT', 'ceasefire', 'AGREE', 'settle', true, 'a ceasefire agreed, coded either way'],
    ['RETREAT', 'ceasefire', 'AGREE', null, true, 'a ceasefire agreed, no mode'],
    ['RETREAT', 'withdraw', 'AGREE', null, false, 'negative: a withdrawal is no agreement'],
    ['SUPPORT', 'praise', 'AGREE', null, false, 'negative: praise is no signature'],
    ['SUPPORT', null, 'AGREE', 'treaty', true, 'a treaty endorsed and signed'],
    [
      'SUPPORT',
      null,
      'AGREE',
      null,
      false,
      'negative: backing a group is no agreement of any kind',
    ],
    ['SUPPORT', 'treaty', 'AGREE', null, true, 'a treaty endorsed, then an agreement reported'],
  ])('%s/%s ~ %s/%s: %s (%s)', (ta, ma, tb, mb, want) => {
    expect(modesAgree({ type: ta, mode: ma }, { type: tb, mode: mb })).toBe(want);
    expect(modesAgree({ type: tb, mode: mb }, { type: ta, mode: ma })).toBe(want);
  });
});
