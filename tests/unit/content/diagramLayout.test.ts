// The data → geometry functions behind the notes' diagrams, checked against what a reader must be
// able to see: order top to bottom, hook windows beside the hooked events only, the alarm band
// ending where the deployment ends, arrows pointing from sender to receiver, links landing on the
// record they name, and nothing wider than a phone's column.
import { describe, expect, it } from 'vitest';
import type {
  DecisionDiagram,
  LifecycleDiagram,
  RecordsDiagram,
  SequenceDiagram,
} from '../../../src/content/diagramSchema';
import { getDiagram } from '../../../src/content/diagrams';
import { layoutLifecycle } from '../../../src/content/diagramLayout/lifecycleLayout';
import { layoutSequence } from '../../../src/content/diagramLayout/sequenceLayout';
import { layoutRecords } from '../../../src/content/diagramLayout/recordsLayout';
import { layoutDecision } from '../../../src/content/diagramLayout/decisionLayout';
import { wrapText } from '../../../src/content/diagramLayout/wrapText';

/** The narrowest drawing area: a 390 px phone less the page's and the figure's padding. */
const PHONE = 300;

const lifecycle = getDiagram('lambda-deployment-lifecycle') as LifecycleDiagram;
const sequence = getDiagram('cloudformation-codedeploy-sequence') as SequenceDiagram;
const records = getDiagram('deployment-rollback-links') as RecordsDiagram;
const decision = getDiagram('which-deployment-method') as DecisionDiagram;

describe('lifecycle timeline layout', () => {
  const layout = layoutLifecycle(lifecycle, PHONE);
  const row = (name: string) => layout.rows.find((r) => r.name === name)!;

  it('stacks Start → BeforeAllowTraffic → AllowTraffic → AfterAllowTraffic → End top to bottom without overlap', () => {
    expect(layout.rows.map((r) => r.name)).toEqual([
      'Start',
      'BeforeAllowTraffic',
      'AllowTraffic',
      'AfterAllowTraffic',
      'End',
    ]);
    for (let i = 1; i < layout.rows.length; i++)
      expect(layout.rows[i]!.y).toBeGreaterThan(layout.rows[i - 1]!.y + layout.rows[i - 1]!.height);
  });

  it('draws a hook window beside BeforeAllowTraffic and AfterAllowTraffic only, each as tall as its event', () => {
    expect(layout.hookWindows.map((h) => h.event)).toEqual(['BeforeAllowTraffic', 'AfterAllowTraffic']);
    for (const hook of layout.hookWindows) {
      expect(hook.y1).toBe(row(hook.event).y);
      expect(hook.y2).toBe(row(hook.event).y + row(hook.event).height);
      expect(hook.x).toBeGreaterThan(layout.box.x + layout.box.width);
    }
  });

  it('runs the alarm band from the top of Start to the top of End, covering the PostTraffic hook', () => {
    expect(layout.alarmBand.y1).toBe(row('Start').y);
    expect(layout.alarmBand.y2).toBe(row('End').y);
    expect(layout.alarmBand.y2).toBeGreaterThan(row('AfterAllowTraffic').y + row('AfterAllowTraffic').height);
    expect(layout.alarmBand.x + layout.alarmBand.width).toBeLessThan(layout.box.x);
  });

  it('fits a phone: boxes and the hook labels stay inside 300 px', () => {
    const longestHookLine = Math.max(...layout.hookWindows.flatMap((h) => h.lines.map((l) => l.length)));
    expect(layout.hookWindows[0]!.x + 12 + longestHookLine * 7).toBeLessThanOrEqual(PHONE);
    expect(layout.box.x + layout.box.width).toBeLessThan(PHONE);
  });
});

describe('sequence diagram layout', () => {
  const phone = layoutSequence(sequence, PHONE);
  const desktop = layoutSequence(sequence, 760);
  const x = (id: string) => phone.participants.find((p) => p.id === id)!.x;

  it('puts the participants left to right in the order listed, inside the width', () => {
    expect(phone.participants.map((p) => p.id)).toEqual(['cfn', 'codedeploy', 'lambda']);
    expect(x('cfn')).toBeLessThan(x('codedeploy'));
    expect(x('codedeploy')).toBeLessThan(x('lambda'));
    for (const p of phone.participants) {
      expect(p.x - p.boxWidth / 2).toBeGreaterThanOrEqual(0);
      expect(p.x + p.boxWidth / 2).toBeLessThanOrEqual(PHONE);
    }
  });

  it('numbers the steps down the page, each arrow leaving its sender for its receiver', () => {
    expect(phone.arrows.map((a) => a.number)).toEqual(sequence.steps.map((_, i) => i + 1));
    for (let i = 1; i < phone.arrows.length; i++) expect(phone.arrows[i]!.y).toBeGreaterThan(phone.arrows[i - 1]!.y);
    const create = phone.arrows[2]; // CloudFormation → CodeDeploy: rightwards
    expect([create!.x1, create!.x2]).toEqual([x('cfn'), x('codedeploy')]);
    const report = phone.arrows.at(-1)!; // CodeDeploy → CloudFormation: leftwards
    expect([report.x1, report.x2]).toEqual([x('codedeploy'), x('cfn')]);
    expect(phone.arrows.filter((a) => a.self).map((a) => a.number)).toEqual([7]);
  });

  it("draws CloudFormation's wait on its own lifeline from the create step to the report step", () => {
    const [wait] = phone.waits;
    expect(wait!.x).toBe(x('cfn'));
    // It starts once the deployment is created (step 3), before CodeDeploy's next call…
    expect(wait!.y1).toBeGreaterThanOrEqual(phone.arrows[2]!.y);
    expect(wait!.y1).toBeLessThan(phone.arrows[3]!.y);
    // …and lasts until CodeDeploy's report has arrived.
    expect(wait!.y2).toBeGreaterThanOrEqual(phone.arrows.at(-1)!.y);
  });

  it('hides arrow labels on a phone (the numbered list has them) and shows them when columns are wide', () => {
    expect(phone.labelsShown).toBe(false);
    expect(phone.arrows.every((a) => a.label === undefined)).toBe(true);
    expect(desktop.labelsShown).toBe(true);
    expect(desktop.arrows.map((a) => a.label?.text)).toEqual(sequence.steps.map((s) => s.label));
  });
});

describe('records layout', () => {
  const layout = layoutRecords(records, PHONE);
  const box = (id: string) => layout.boxes.find((b) => b.id === id)!;

  it('stacks the records without overlap and leaves a gutter for the links', () => {
    for (let i = 1; i < layout.boxes.length; i++)
      expect(layout.boxes[i]!.y).toBeGreaterThan(layout.boxes[i - 1]!.y + layout.boxes[i - 1]!.height);
    expect(layout.boxWidth).toBeLessThan(PHONE);
  });

  it('draws each link from its field to the title of the record it names, each in its own lane', () => {
    expect(layout.links.map((l) => [l.from, l.field, l.to])).toEqual([
      ['original', 'rollbackDeploymentId', 'rollback'],
      ['rollback', 'rollbackTriggeringDeploymentId', 'original'],
      ['rollback', 'target (AppSpec TargetVersion)', 'version'],
    ]);
    for (const link of layout.links) {
      const numbers = link.path.match(/-?\d+(\.\d+)?/g)!.map(Number);
      const [startX, startY, laneX, endY, endX] = numbers;
      const field = box(link.from).fields.find((f) => f.name === link.field)!;
      expect(startX).toBe(layout.boxWidth);
      expect(startY).toBeGreaterThan(field.y);
      expect(startY).toBeLessThan(field.y + 38);
      expect(endY).toBeGreaterThan(box(link.to).y);
      expect(endY).toBeLessThan(box(link.to).y + 30);
      expect(endX).toBeGreaterThan(layout.boxWidth);
      expect(laneX).toBeLessThanOrEqual(PHONE);
    }
    expect(new Set(layout.links.map((l) => l.path.split('H')[1]!.split('V')[0])).size).toBe(layout.links.length);
  });
});

describe('decision tree layout', () => {
  const layout = layoutDecision(decision.tree, PHONE);

  it('reads top to bottom as question, its Yes branch, then its No branch, one indent deeper', () => {
    const [root, first, second] = layout.boxes;
    expect(root).toMatchObject({ kind: 'question', depth: 0, branch: undefined });
    expect(first).toMatchObject({ kind: 'answer', depth: 1, branch: 'Yes' });
    expect(first!.lines.join(' ')).toContain('API Gateway stage canary');
    expect(second).toMatchObject({ kind: 'question', depth: 1, branch: 'No' });
    for (let i = 1; i < layout.boxes.length; i++)
      expect(layout.boxes[i]!.y).toBeGreaterThan(layout.boxes[i - 1]!.y + layout.boxes[i - 1]!.height);
  });

  it('has six answers as leaves, and every box and line inside the phone width', () => {
    expect(layout.boxes.filter((b) => b.kind === 'answer')).toHaveLength(6);
    for (const b of layout.boxes) {
      expect(b.x + b.width).toBeLessThanOrEqual(PHONE);
      for (const line of b.lines) expect(line.length * 6.8).toBeLessThanOrEqual(b.width - 16);
    }
  });
});

describe('wrapText', () => {
  it('keeps every word in order and no line over the limit', () => {
    const text = 'Do you need automatic rollback on alarms, a test before traffic, or a record?';
    const lines = wrapText(text, 20);
    expect(lines.join(' ')).toBe(text);
    expect(lines.every((l) => l.length <= 20)).toBe(true);
    expect(wrapText('PutLifecycleEventHookExecutionStatus', 12).every((l) => l.length <= 12)).toBe(true);
  });
});
