import { describe, expect, it } from 'vitest';
import { aggregateResults } from '../../../src/workshop/aggregate';
import { heatmapLayout, shareColor } from '../../../src/workshop/heatmap';
import { results } from './fixtures';

const traps = (item: { kind: string; id: string }) =>
  item.kind === 'scenario' ? [item.id] : item.id === 'hooks-001' ? ['hook-never-reports'] : [];

const files = [
  results('Ana', [
    { kind: 'question', id: 'hooks-001', correct: true },
    { kind: 'scenario', id: 'latest-wiring', correct: false },
  ]),
  results('Bo', [
    { kind: 'question', id: 'hooks-001', correct: false },
    { kind: 'scenario', id: 'latest-wiring', correct: false },
  ]),
  results('Cy', [{ kind: 'question', id: 'hooks-001', correct: false }]),
];

describe('class view aggregation', () => {
  it('lists who got each question and scenario right, wrong, or did not attempt it', () => {
    const view = aggregateResults(files, traps);
    expect(view.learners).toEqual(['Ana', 'Bo', 'Cy']);
    const q = view.items.find((i) => i.id === 'hooks-001')!;
    expect(q).toMatchObject({ right: ['Ana'], wrong: ['Bo', 'Cy'], missing: [] });
    expect(q.share).toBeCloseTo(1 / 3, 10);
    const s = view.items.find((i) => i.id === 'latest-wiring')!;
    expect(s).toMatchObject({ right: [], wrong: ['Ana', 'Bo'], missing: ['Cy'], share: 0 });
  });

  it('ranks the most-missed traps first, a higher miss rate breaking a tie', () => {
    const view = aggregateResults(files, traps);
    expect(view.traps).toEqual([
      { trap: 'latest-wiring', misses: 2, attempts: 2 },
      { trap: 'hook-never-reports', misses: 2, attempts: 3 },
    ]);
  });

  it('counts a learner once when they send two files, keeping the last, and reports the duplicate', () => {
    const again = results('Ana', [{ kind: 'question', id: 'hooks-001', correct: false }]);
    const view = aggregateResults([...files, again], traps);
    expect(view.duplicates).toEqual(['Ana']);
    expect(view.items.find((i) => i.id === 'hooks-001')!.wrong).toEqual(['Ana', 'Bo', 'Cy']);
    expect(view.items.find((i) => i.id === 'latest-wiring')!.missing).toEqual(['Ana', 'Cy']);
  });

  it('gives an empty view for no files', () => {
    expect(aggregateResults([], traps)).toEqual({ learners: [], items: [], traps: [], duplicates: [] });
  });
});

describe('class heatmap geometry (d3-scale)', () => {
  it('places one cell per learner and item in exact bands', () => {
    const view = aggregateResults(files, traps);
    // 3 learners over [100, 400] with paddingInner 0.1: step = 300 / (3 - 0.1) = 103.448…, bandwidth = 0.9 step.
    const layout = heatmapLayout(view, { width: 400, rowHeight: 30, labelWidth: 100 });
    expect(layout.cells).toHaveLength(6);
    const step = 300 / 2.9;
    const cy = layout.cells.find((c) => c.learner === 'Cy' && c.item === 'question:hooks-001')!;
    expect(cy.x).toBeCloseTo(100 + 2 * step, 9);
    expect(cy.width).toBeCloseTo(0.9 * step, 9);
    expect(cy.state).toBe('wrong');
    const rowStep = 60 / 1.9;
    const missing = layout.cells.find((c) => c.learner === 'Cy' && c.item === 'scenario:latest-wiring')!;
    expect(missing.y).toBeCloseTo(rowStep, 9);
    expect(missing.state).toBe('missing');
    expect(layout.height).toBe(60);
  });

  it('colours a share of 0 red, 0.5 amber and 1 green, clamping outside [0, 1]', () => {
    expect(shareColor(0)).toBe('rgb(179, 38, 30)');
    expect(shareColor(0.5)).toBe('rgb(201, 138, 0)');
    expect(shareColor(1)).toBe('rgb(27, 127, 59)');
    expect(shareColor(1.5)).toBe('rgb(27, 127, 59)');
  });
});
