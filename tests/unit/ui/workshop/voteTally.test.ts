import { describe, expect, it } from 'vitest';
import {
  addVote,
  emptyTally,
  removeVote,
  shareRight,
  totalVotes,
  voteShares,
} from '../../../../src/ui/workshop/presenter/voteTally';

describe('freeze-and-predict vote tally', () => {
  it('starts every choice at zero votes', () => {
    expect(emptyTally(['a', 'b', 'c'])).toEqual({ a: 0, b: 0, c: 0 });
  });

  it('adds one vote per click to the chosen choice only', () => {
    let t = emptyTally(['a', 'b']);
    t = addVote(addVote(addVote(t, 'b'), 'b'), 'a');
    expect(t).toEqual({ a: 1, b: 2 });
    expect(totalVotes(t)).toBe(3);
  });

  it('ignores a vote for something that is not one of the choices', () => {
    const t = emptyTally(['a']);
    expect(addVote(t, 'z')).toEqual({ a: 0 });
  });

  it('takes back a miscounted vote but never goes below zero', () => {
    const t = addVote(emptyTally(['a', 'b']), 'a');
    expect(removeVote(t, 'a')).toEqual({ a: 0, b: 0 });
    expect(removeVote(t, 'b')).toEqual({ a: 1, b: 0 });
  });

  it('shows whole-percent shares, all zero before anyone votes', () => {
    expect(voteShares(emptyTally(['a', 'b']))).toEqual({ a: 0, b: 0 });
    const t = addVote(addVote(addVote(emptyTally(['a', 'b', 'c']), 'a'), 'a'), 'c');
    expect(voteShares(t)).toEqual({ a: 67, b: 0, c: 33 });
  });

  it('says how much of the room predicted correctly after the reveal (null before any vote)', () => {
    const t = addVote(addVote(addVote(emptyTally(['a', 'b', 'c']), 'a'), 'b'), 'b');
    expect(shareRight(t, ['b'])).toBeCloseTo(2 / 3);
    expect(shareRight(emptyTally(['a']), ['a'])).toBeNull();
  });
});
