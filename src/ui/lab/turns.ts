import { afterNextPaint } from '../afterNextPaint';

/**
 * Work that waits its turn: each piece runs in a task of its own, after a paint, one at a time, in the
 * order asked. The Lab page draws its views this way once the world is ready, instead of all in one
 * task that held the page for a quarter of a second on a phone (Lighthouse Total Blocking Time, issue 18).
 * Pieces of one `group` asked one after another share a turn: views stacked in one column are drawn
 * together, so the lower one never moves down under the learner's eyes when the upper one arrives (CLS).
 */
interface Turn {
  group: string | undefined;
  works: Array<() => void>;
}
const waiting: Turn[] = [];
let pumping = false;

function pump(): void {
  pumping = true;
  afterNextPaint(() => {
    for (const work of waiting.shift()?.works ?? []) work();
    if (waiting.length > 0) pump();
    else pumping = false;
  });
}

/** Runs `work` in its turn; returns a function that takes it out of the line if it has not run. */
export function takeTurn(work: () => void, group?: string): () => void {
  const last = waiting.at(-1);
  if (group !== undefined && last?.group === group) last.works.push(work);
  else waiting.push({ group, works: [work] });
  if (!pumping) pump();
  return () => {
    for (const [i, turn] of waiting.entries()) {
      const at = turn.works.indexOf(work);
      if (at < 0) continue;
      turn.works.splice(at, 1);
      if (turn.works.length === 0) waiting.splice(i, 1);
      return;
    }
  };
}
