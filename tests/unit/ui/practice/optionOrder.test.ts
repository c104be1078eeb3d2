import { describe, expect, it } from 'vitest';
import { loadQuestionBank } from '../../../../src/content/questions';
import { displayedLetters, optionOrder, withOptionOrder } from '../../../../src/ui/practice/optionOrder';

const bank = loadQuestionBank();
const singles = bank.filter((q) => q.type === 'single');

describe('option order per attempt', () => {
  it('is the same every time for one seed, so a review or a resumed exam shows what the learner saw', () => {
    for (const q of bank.slice(0, 20)) expect(optionOrder(q, 12345)).toEqual(optionOrder(q, 12345));
  });

  it('keeps every option exactly once', () => {
    for (const q of bank) expect([...optionOrder(q, 99)].sort()).toEqual(q.options.map((o) => o.id).sort());
  });

  it('differs between attempts: over 100 seeds every question shows at least 10 different orders', () => {
    for (const q of bank) {
      const orders = new Set(Array.from({ length: 100 }, (_, seed) => optionOrder(q, seed * 7919 + 1).join('')));
      expect(orders.size, q.id).toBeGreaterThanOrEqual(10);
    }
  });

  it('puts the key first about a quarter of the time over the single-answer bank and many seeds', () => {
    let first = 0;
    let total = 0;
    for (let seed = 1; seed <= 200; seed++) {
      for (const q of singles) {
        const shown = withOptionOrder(q, seed);
        if (shown.options[0]!.correct) first += 1;
        total += 1;
      }
    }
    // Four options: a quarter by chance; the band allows for sampling noise, not for a bias.
    expect(first / total).toBeGreaterThan(0.22);
    expect(first / total).toBeLessThan(0.28);
  });

  it('shows records from before shuffling (no seed) in the file order', () => {
    const q = bank[0];
    expect(optionOrder(q!, undefined)).toEqual(q!.options.map((o) => o.id));
    expect(withOptionOrder(q!, undefined)).toBe(q);
  });

  it('names chosen options by the letter they were shown under, not by their id in the file', () => {
    const q = withOptionOrder(bank[0]!, 4242);
    const key = q.options.findIndex((o) => o.correct);
    expect(displayedLetters(q, [q.options[key]!.id])).toEqual(['ABCD'[key]]);
  });
});
