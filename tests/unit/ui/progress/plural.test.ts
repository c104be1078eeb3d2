import { describe, expect, it } from 'vitest';
import { countOf } from '../../../../src/ui/progress/plural';

describe('countOf', () => {
  it('uses the singular only for exactly one, as English does', () => {
    expect(countOf(1, 'item')).toBe('1 item');
    expect(countOf(0, 'item')).toBe('0 items');
    expect(countOf(2, 'item')).toBe('2 items');
  });

  it('takes an irregular plural, and phrases whose verb agrees with the count', () => {
    expect(countOf(1, 'scenario run')).toBe('1 scenario run');
    expect(countOf(3, 'answer or run', 'answers and runs')).toBe('3 answers and runs');
    expect(countOf(1, 'item is', 'items are')).toBe('1 item is');
    expect(countOf(5, 'item is', 'items are')).toBe('5 items are');
  });
});
