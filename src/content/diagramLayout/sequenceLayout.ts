// Geometry of a sequence diagram: one lifeline per participant (d3's point scale spreads them over
// the width), one row per step, and "waiting" bars on a lifeline between two steps. Arrow labels
// are drawn only when the columns are wide enough; the numbered list under the drawing always has them.
import { scalePoint } from 'd3-scale';
import type { SequenceDiagram } from '../diagramSchema';
import { SANS_CHAR_PX } from './wrapText';

const HEADER_HEIGHT = 34;
const FIRST_STEP = HEADER_HEIGHT + 34;
const STEP_HEIGHT = 40;
const SELF_LOOP = 22;

export interface SequenceArrow {
  number: number;
  x1: number;
  x2: number;
  y: number;
  /** A step a participant does on its own (from = to): drawn as a loop on its lifeline. */
  self: boolean;
  label?: { text: string; x: number; anchor: 'start' | 'middle' | 'end' };
}

export interface SequenceLayout {
  width: number;
  height: number;
  headerHeight: number;
  participants: { id: string; name: string; x: number; boxWidth: number }[];
  arrows: SequenceArrow[];
  waits: { participant: string; x: number; y1: number; y2: number; label: string }[];
  labelsShown: boolean;
}

export function layoutSequence(diagram: SequenceDiagram, width: number): SequenceLayout {
  const x = scalePoint<string>()
    .domain(diagram.participants.map((p) => p.id))
    .range([0, width])
    .padding(0.5);
  const column = x.step();
  const longest = Math.max(...diagram.steps.map((s) => s.label.length));
  const labelsShown = column >= longest * SANS_CHAR_PX + 16;
  const stepY = (index: number) => FIRST_STEP + index * STEP_HEIGHT;
  const arrows: SequenceArrow[] = diagram.steps.map((step, i) => {
    const x1 = x(step.from) ?? 0;
    const x2 = x(step.to) ?? 0;
    const self = step.from === step.to;
    let label: SequenceArrow['label'];
    if (labelsShown) {
      if (self) {
        // Beside the loop, on whichever side has more room.
        const right = x1 + SELF_LOOP + 6;
        const fitsRight = right + step.label.length * SANS_CHAR_PX <= width;
        label = fitsRight
          ? { text: step.label, x: right, anchor: 'start' }
          : { text: step.label, x: x1 - 8, anchor: 'end' };
      } else label = { text: step.label, x: (x1 + x2) / 2, anchor: 'middle' };
    }
    return { number: i + 1, x1, x2: self ? x1 + SELF_LOOP : x2, y: stepY(i), self, label };
  });
  const waits = diagram.waits.map((wait) => ({
    participant: wait.participant,
    x: x(wait.participant) ?? 0,
    y1: stepY(wait.fromStep - 1) + 6,
    y2: stepY(wait.toStep - 1) + 10,
    label: wait.label,
  }));
  return {
    width,
    height: stepY(diagram.steps.length - 1) + STEP_HEIGHT,
    headerHeight: HEADER_HEIGHT,
    participants: diagram.participants.map((p) => ({
      ...p,
      x: x(p.id) ?? 0,
      boxWidth: Math.min(column - 6, p.name.length * SANS_CHAR_PX + 20),
    })),
    arrows,
    waits,
    labelsShown,
  };
}
