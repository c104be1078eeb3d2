import { describe, expect, it } from 'vitest';
import { QUESTION_TOPICS } from '../../../../src/content/questionsSchema';
import { TOPIC_EXAM_WEIGHT } from '../../../../src/ui/practice/examDomains';
import { estimateReadiness } from '../../../../src/ui/practice/readiness';

const answers = (topic: string, correct: number, wrong: number, at = 1000) => [
  ...Array.from({ length: correct }, (_, i) => ({ topic, correct: true, at: at + i })),
  ...Array.from({ length: wrong }, (_, i) => ({ topic, correct: false, at: at + correct + i })),
];

describe('readiness estimate', () => {
  it('splits each DOP-C02 domain weight equally over its topics; security (17 %) has none, so weights sum to 83 %', () => {
    const total = QUESTION_TOPICS.reduce((s, t) => s + TOPIC_EXAM_WEIGHT[t], 0);
    expect(total).toBeCloseTo(0.83, 10);
    expect(TOPIC_EXAM_WEIGHT['sam-cloudformation']).toBeCloseTo(0.17 / 3, 10);
    expect(TOPIC_EXAM_WEIGHT.hooks).toBeCloseTo(0.22 / 10, 10);
  });

  it('weights recent accuracy per topic by the exam mix, over the topics answered so far', () => {
    const r = estimateReadiness([...answers('hooks', 10, 0), ...answers('sam-cloudformation', 5, 5)]);
    const hooks = 0.22 / 10;
    const sam = 0.17 / 3;
    expect(r.estimate).toBeCloseTo((hooks * 1 + sam * 0.5) / (hooks + sam), 10);
    expect(r.coverage).toBeCloseTo((hooks + sam) / 0.83, 10);
  });

  it('counts only the last 10 answers in a topic, so old mistakes stop weighing', () => {
    const old = answers('metrics', 0, 5, 0);
    const recent = answers('metrics', 10, 0, 100);
    expect(estimateReadiness([...old, ...recent]).estimate).toBe(1);
  });

  it('says there is nothing to estimate yet with no answers', () => {
    const r = estimateReadiness([]);
    expect(r.estimate).toBeNull();
    expect(r.confidence).toBe('none');
  });

  it('has low confidence with few answers and says so in words', () => {
    const r = estimateReadiness(answers('hooks', 3, 1));
    expect(r.confidence).toBe('low');
    expect(r.basis.map((b) => b.text).join(' ')).toMatch(/Low confidence: only 4 recent answers/);
  });

  it('has high confidence only with plenty of recent answers in every topic', () => {
    const all = QUESTION_TOPICS.flatMap((t) => answers(t, 7, 3));
    const r = estimateReadiness(all);
    expect(r.confidence).toBe('high');
    expect(r.estimate).toBeCloseTo(0.7, 10);
  });

  it('states its basis in words: what it counts, over which answers, and what it ignores', () => {
    const r = estimateReadiness(answers('hooks', 3, 1), { readLimit: 1000, apiDrillIgnored: 6 });
    const line = (label: string) => r.basis.find((b) => b.label === label)?.text ?? '';
    expect(line('What it counts')).toMatch(/drills, reviews and submitted mock exams/);
    expect(line('Which answers')).toMatch(/most recent 10 answers in each topic, taken from the last 1,000 answers/);
    expect(line('Which answers')).toMatch(/4 answers counted/);
    expect(line('What it ignores')).toMatch(/API-drill recall answers \(6 of yours\)/);
    expect(line('What it ignores')).toMatch(/left blank/);
    expect(line('What it ignores')).toMatch(/Security and Compliance \(17% of the exam, not practised here\)/);
    expect(line('What it ignores')).toMatch(/the other 83%/);
    expect(line('How it is weighted')).toMatch(/SDLC Automation 22%/);
  });
});
