import { describe, expect, it } from 'vitest';
import type { Question } from '../../../../src/content/questions';
import { loadQuestionBank, loadQuestionTemplates } from '../../../../src/content/questions';
import { QUESTION_TOPICS } from '../../../../src/content/questionsSchema';
import { EXAM_DOMAINS } from '../../../../src/ui/practice/examDomains';
import { apportion, drawMockExam, MOCK_EXAM_LENGTHS } from '../../../../src/ui/practice/mockExam';
import { buildPracticeBank } from '../../../../src/ui/practice/practiceBank';

/** A roomy synthetic bank: `perCell` questions for every topic and difficulty, plus API-drill items. */
function roomyBank(perCell: number): Question[] {
  const out: Question[] = [];
  for (const topic of QUESTION_TOPICS) {
    for (const difficulty of [1, 2, 3] as const) {
      for (let i = 0; i < perCell; i++) {
        out.push({ id: `${topic}-${difficulty}${String(i).padStart(2, '0')}`, topic, difficulty } as Question);
      }
    }
    out.push({ id: `${topic}-999`, topic, difficulty: 1, practice: 'api-drill' } as Question);
  }
  return out;
}

const countBy = <T>(items: readonly T[], key: (item: T) => string) => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};
const domainOf = (topic: string) => EXAM_DOMAINS.find((d) => (d.topics as string[]).includes(topic))!.name;
const seeds = [1, 2, 3, 42, 2026, 99_999];

describe('mock exam draw', () => {
  it('offers the real exam length of 75 and two shorter ones, 20 and 40', () => {
    expect([...MOCK_EXAM_LENGTHS]).toEqual([20, 40, 75]);
  });

  describe.each(seeds)('with a roomy bank and seed %i', (seed) => {
    const bank = roomyBank(20);
    const exam = drawMockExam(bank, 75, seed);

    it('draws exactly 75 different questions, none of them API-drill recall items', () => {
      expect(exam).toHaveLength(75);
      expect(new Set(exam.map((q) => q.id)).size).toBe(75);
      expect(exam.some((q) => q.practice === 'api-drill')).toBe(false);
    });

    it('weights domains as DOP-C02 does, without Security (17 %): 75 × 22/83 ≈ 20 SDLC items, 75 × 15/83 ≈ 14 Monitoring', () => {
      const domains = countBy(exam, (q) => domainOf(q.topic));
      // 22 %, 17 %, 15 %, 15 % and 14 % of the 83 % practised here, of 75 items; ±1 for rounding.
      expect(domains.get('SDLC Automation')).toBeGreaterThanOrEqual(19);
      expect(domains.get('SDLC Automation')).toBeLessThanOrEqual(21);
      expect(domains.get('Configuration Management and IaC')).toBeGreaterThanOrEqual(14);
      expect(domains.get('Configuration Management and IaC')).toBeLessThanOrEqual(16);
      expect(domains.get('Resilient Cloud Solutions')).toBeGreaterThanOrEqual(13);
      expect(domains.get('Resilient Cloud Solutions')).toBeLessThanOrEqual(15);
      expect(domains.get('Monitoring and Logging')).toBeGreaterThanOrEqual(13);
      expect(domains.get('Monitoring and Logging')).toBeLessThanOrEqual(15);
      expect(domains.get('Incident and Event Response')).toBeGreaterThanOrEqual(12);
      expect(domains.get('Incident and Event Response')).toBeLessThanOrEqual(14);
    });

    it('splits a domain evenly over its topics: each of the ten SDLC topics gets about 2 of 75', () => {
      const topics = countBy(exam, (q) => q.topic);
      for (const topic of EXAM_DOMAINS[0]!.topics) {
        expect(topics.get(topic) ?? 0, topic).toBeGreaterThanOrEqual(1);
        expect(topics.get(topic) ?? 0, topic).toBeLessThanOrEqual(3);
      }
    });

    it('meets the stated difficulty mix of 10 % / 50 % / 40 % within one item', () => {
      const levels = countBy(exam, (q) => String(q.difficulty));
      // 7.5, 37.5 and 30 of 75.
      expect(Math.abs((levels.get('1') ?? 0) - 7.5)).toBeLessThanOrEqual(1);
      expect(Math.abs((levels.get('2') ?? 0) - 37.5)).toBeLessThanOrEqual(1);
      expect(Math.abs((levels.get('3') ?? 0) - 30)).toBeLessThanOrEqual(1);
    });
  });

  it('gives the same exam for the same seed and a different one for another seed', () => {
    const bank = roomyBank(20);
    const ids = (seed: number) => drawMockExam(bank, 40, seed).map((q) => q.id);
    expect(ids(7)).toEqual(ids(7));
    expect(ids(8)).not.toEqual(ids(7));
  });

  it('a 20-item exam keeps the domain proportions: 20 × 15/83 ≈ 4 Monitoring items, 20 × 22/83 ≈ 5 SDLC', () => {
    for (const seed of seeds) {
      const domains = countBy(drawMockExam(roomyBank(5), 20, seed), (q) => domainOf(q.topic));
      expect(Math.abs((domains.get('Monitoring and Logging') ?? 0) - 3.6)).toBeLessThanOrEqual(1);
      expect(Math.abs((domains.get('SDLC Automation') ?? 0) - 5.3)).toBeLessThanOrEqual(1);
    }
  });

  it('when a topic runs short it gives all it has and the others make up the length', () => {
    // Only 3 metrics questions, where a 75-item exam would want about 14.
    const bank = roomyBank(20).filter((q) => q.topic !== 'metrics' || /^metrics-2(00|01|02)$/.test(q.id));
    const exam = drawMockExam(bank, 75, 5);
    expect(exam).toHaveLength(75);
    expect(exam.filter((q) => q.topic === 'metrics')).toHaveLength(3);
  });

  it('stops at what the chosen topics hold', () => {
    const exam = drawMockExam(roomyBank(2), 75, 5, ['hooks', 'metrics']);
    expect(exam).toHaveLength(12);
    expect(new Set(exam.map((q) => q.topic))).toEqual(new Set(['hooks', 'metrics']));
  });

  it('never draws two variants of the same generated template', () => {
    const variants = ['1', '2', '3'].map(
      (seed) => ({ id: `hooks-t05x${seed}`, topic: 'hooks', difficulty: 2 }) as Question,
    );
    const exam = drawMockExam(variants, 3, 1);
    expect(exam).toHaveLength(1);
  });

  describe('over the real bank', () => {
    const practice = buildPracticeBank(loadQuestionBank(), loadQuestionTemplates());
    const examStyle = practice.questions.filter((q) => q.practice !== 'api-drill');

    it.each(MOCK_EXAM_LENGTHS)('a %i-item exam has that many different exam-style questions', (length) => {
      for (const seed of seeds) {
        const exam = drawMockExam(practice.questions, length, seed);
        expect(exam).toHaveLength(Math.min(length, examStyle.length));
        expect(new Set(exam.map((q) => q.id)).size).toBe(exam.length);
        expect(exam.every((q) => q.practice !== 'api-drill')).toBe(true);
      }
    });

    it('a 40-item exam touches every domain practised here', () => {
      const domains = countBy(drawMockExam(practice.questions, 40, 11), (q) => domainOf(q.topic));
      expect([...domains.keys()].sort()).toEqual(
        EXAM_DOMAINS.filter((d) => d.topics.length > 0)
          .map((d) => d.name)
          .sort(),
      );
    });
  });
});

describe('apportion', () => {
  it('splits by weight with largest remainders: 10 over 1:1:1 is 4, 3, 3 (the tie goes to the first)', () => {
    const split = apportion(
      10,
      ['a', 'b', 'c'],
      () => 1,
      () => 99,
    );
    expect([...split.values()]).toEqual([4, 3, 3]);
  });

  it('caps a key at its capacity and shares the rest in proportion', () => {
    const split = apportion(
      10,
      ['a', 'b', 'c'],
      (k) => (k === 'a' ? 2 : 1),
      (k) => (k === 'a' ? 1 : 99),
    );
    expect(Object.fromEntries(split)).toEqual({ a: 1, b: 5, c: 4 });
  });

  it('never gives more than the capacities hold', () => {
    const split = apportion(
      10,
      ['a', 'b'],
      () => 1,
      () => 2,
    );
    expect(Object.fromEntries(split)).toEqual({ a: 2, b: 2 });
  });
});
