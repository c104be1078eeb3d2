// Geometry of a decision tree as an indented tree: each question, then its "Yes" branch, then its
// "No" branch, one indent deeper. Unlike a top-down tree it never gets wider than the page, so the
// same drawing works on a phone and on a desktop, and it reads in the same order as the text list.
import type { DecisionNode } from '../diagramSchema';
import { charsThatFit, wrapText } from './wrapText';

const INDENT = 22;
const LINE_HEIGHT = 16;
const PAD = 8;
const GAP = 10;

export interface DecisionBox {
  kind: 'question' | 'answer';
  depth: number;
  /** "Yes" or "No" for a branch; undefined for the root. */
  branch?: 'Yes' | 'No';
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
  /** Connector from the parent's spine to this box. */
  connector?: string;
}

export interface DecisionLayout {
  width: number;
  height: number;
  boxes: DecisionBox[];
}

export function isQuestion(node: DecisionNode): node is Extract<DecisionNode, { ask: string }> {
  return 'ask' in node;
}

export function layoutDecision(tree: DecisionNode, width: number): DecisionLayout {
  const boxes: DecisionBox[] = [];
  let y = 0;
  const visit = (node: DecisionNode, depth: number, branch?: 'Yes' | 'No', parent?: DecisionBox) => {
    // The branch word sits at the start of the box, so it shares the first line.
    const x = depth * INDENT;
    const boxWidth = Math.max(120, width - x);
    const text = isQuestion(node) ? node.ask : node.answer;
    const lines = wrapText(branch ? `${branch}: ${text}` : text, charsThatFit(boxWidth - 2 * PAD));
    const box: DecisionBox = {
      kind: isQuestion(node) ? 'question' : 'answer',
      depth,
      branch,
      x,
      y,
      width: boxWidth,
      height: lines.length * LINE_HEIGHT + 2 * PAD,
      lines,
    };
    if (parent) {
      const spineX = parent.x + INDENT / 2;
      box.connector = `M${spineX},${parent.y + parent.height}V${y + box.height / 2}H${x}`;
    }
    boxes.push(box);
    y += box.height + GAP;
    if (isQuestion(node)) {
      visit(node.yes, depth + 1, 'Yes', box);
      visit(node.no, depth + 1, 'No', box);
    }
  };
  visit(tree, 0);
  return { width, height: y - GAP + 1, boxes };
}
