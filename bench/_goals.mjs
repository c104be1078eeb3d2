// One shape for every benchmark's goals, so `npm run bench` can say which were met and fail on a
// miss. A bench prints `{ …figures, goals: [goal(…), …] }` as the last line of its stdout.

const COMPARE = {
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
};

/**
 * A goal for one measured figure. A value that is not a finite number (the measurement failed)
 * never meets its goal.
 * @param {string} figure what was measured, e.g. 'medianFrameMs'
 * @param {number | null | undefined} value the measurement
 * @param {'<' | '<=' | '>' | '>='} comparison
 * @param {number} target
 * @param {string} [unit]
 */
export function goal(figure, value, comparison, target, unit = '') {
  const compare = COMPARE[comparison];
  if (!compare) throw new Error(`unknown comparison ${comparison}`);
  const met = typeof value === 'number' && Number.isFinite(value) && compare(value, target);
  return { figure, value: value ?? null, goal: `${comparison} ${target}${unit ? ` ${unit}` : ''}`, met };
}
