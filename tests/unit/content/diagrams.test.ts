// The diagrams in content/diagrams/*.yaml: every one is drawn by a note, every note's ```diagram
// block names one that exists, their data says what AWS documents, and bad data is refused with
// the file and field (the same check fails `vite build`).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagramIds, getDiagram } from '../../../src/content/diagrams';
import { parseDiagramFile } from '../../../src/content/diagramFile';
import type { DecisionNode } from '../../../src/content/diagramSchema';
import { notes } from '../../../src/content/notes';

const root = join(__dirname, '../../..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

function blocksIn(body: string): string[] {
  return [...body.matchAll(/^```diagram\n([\s\S]*?)\n```$/gm)].map((m) => m[1]!.trim());
}

function leaves(node: DecisionNode): string[] {
  return 'ask' in node ? [...leaves(node.yes), ...leaves(node.no)] : [node.answer];
}

describe('the diagrams the notes draw', () => {
  const used = notes.flatMap((note) => blocksIn(note.body).map((id) => ({ note: note.id, id })));

  it('every ```diagram block names a diagram file, and every diagram file is used', () => {
    expect(used.length).toBeGreaterThanOrEqual(4);
    expect(used.filter((u) => !getDiagram(u.id))).toEqual([]);
    const files = readdirSync(join(root, 'content/diagrams')).map((f) => f.replace(/\.ya?ml$/, ''));
    expect(new Set(diagramIds())).toEqual(new Set(files));
    expect(files.filter((id) => !used.some((u) => u.id === id))).toEqual([]);
  });

  it('puts each diagram in the note about its subject', () => {
    const noteOf = (id: string) => used.find((u) => u.id === id)?.note;
    expect(noteOf('lambda-deployment-lifecycle')).toBe('lifecycle-hooks');
    expect(noteOf('cloudformation-codedeploy-sequence')).toBe('raw-cloudformation-codedeploy');
    expect(noteOf('deployment-rollback-links')).toBe('alarms-and-rollback');
    expect(noteOf('which-deployment-method')).toBe('choosing-a-deployment-method');
  });

  it('the lifecycle puts PreTraffic on BeforeAllowTraffic, PostTraffic on AfterAllowTraffic, one hour each', () => {
    const d = getDiagram('lambda-deployment-lifecycle');
    if (d?.kind !== 'lifecycle') throw new Error('lifecycle diagram missing');
    expect(d.events.map((e) => e.name)).toEqual([
      'Start',
      'BeforeAllowTraffic',
      'AllowTraffic',
      'AfterAllowTraffic',
      'End',
    ]);
    expect(d.events.filter((e) => e.hook).map((e) => [e.name, e.hook])).toEqual([
      ['BeforeAllowTraffic', 'PreTraffic'],
      ['AfterAllowTraffic', 'PostTraffic'],
    ]);
    // AppSpec hooks page: a hook that has not reported within one hour fails the deployment.
    expect(d.hookLimit.label).toMatch(/1 hour/);
    expect(d.hookLimit.text).toMatch(/one hour/);
    expect(d.alarms.until).toBe('End');
    expect(d.sources).toContain('https://docs.aws.amazon.com/codedeploy/latest/userguide/limits.html');
  });

  it('the sequence has CloudFormation wait from creating the deployment until CodeDeploy reports back', () => {
    const d = getDiagram('cloudformation-codedeploy-sequence');
    if (d?.kind !== 'sequence') throw new Error('sequence diagram missing');
    const create = d.steps.findIndex((s) => s.from === 'cfn' && s.to === 'codedeploy') + 1;
    const report = d.steps.findIndex((s) => s.from === 'codedeploy' && s.to === 'cfn') + 1;
    expect(create).toBeGreaterThan(0);
    expect(report).toBe(d.steps.length);
    expect(d.waits).toEqual([{ participant: 'cfn', fromStep: create, toStep: report, label: 'stack waits' }]);
    // The version is published before CodeDeploy is asked to move the alias to it.
    expect(d.steps.findIndex((s) => /publish/.test(s.label)) + 1).toBeLessThan(create);
  });

  it('the rollback records link both ways and the rollback targets the previous version', () => {
    const d = getDiagram('deployment-rollback-links');
    if (d?.kind !== 'records') throw new Error('records diagram missing');
    const field = (record: string, name: string) =>
      d.records.find((r) => r.id === record)?.fields.find((f) => f.name === name);
    expect(field('original', 'rollbackDeploymentId')?.linksTo).toBe('rollback');
    expect(field('rollback', 'rollbackTriggeringDeploymentId')?.linksTo).toBe('original');
    // DeploymentCreator enum: a rollback is created by codeDeployRollback.
    expect(field('rollback', 'creator')?.value).toBe('codeDeployRollback');
    expect(field('original', 'status')?.value).toBe('Stopped');
  });

  it('the decision tree ends at every method the choosing note compares, AllAtOnce only under CodeDeploy', () => {
    const d = getDiagram('which-deployment-method');
    if (d?.kind !== 'decision') throw new Error('decision diagram missing');
    expect(new Set(leaves(d.tree))).toEqual(
      new Set([
        'API Gateway stage canary',
        'CodeDeploy AllAtOnce',
        'CodeDeploy linear',
        'CodeDeploy canary',
        'Weighted alias by hand',
        'Plain alias update',
      ]),
    );
    const root = d.tree;
    if (!('ask' in root) || !('ask' in root.no)) throw new Error('expected two questions at the top');
    const needsRollback = root.no;
    expect(needsRollback.ask).toMatch(/automatic rollback/);
    expect(leaves(needsRollback.yes).every((m) => m.startsWith('CodeDeploy'))).toBe(true);
    expect(leaves(needsRollback.no).some((m) => m.startsWith('CodeDeploy'))).toBe(false);
  });
});

describe('bad diagram data is refused with the file and field', () => {
  const lifecycle = read('content/diagrams/lambda-deployment-lifecycle.yaml');
  const path = '/content/diagrams/bad.yaml';

  it('accepts the real files', () => {
    for (const file of readdirSync(join(root, 'content/diagrams')))
      expect(() => parseDiagramFile(`/content/diagrams/${file}`, read(`content/diagrams/${file}`))).not.toThrow();
  });

  it('refuses lifecycle events out of order', () => {
    const swapped = lifecycle
      .replace('- name: BeforeAllowTraffic', '- name: PLACEHOLDER')
      .replace('- name: AllowTraffic', '- name: BeforeAllowTraffic')
      .replace('- name: PLACEHOLDER', '- name: AllowTraffic');
    expect(() => parseDiagramFile(path, swapped)).toThrow(
      /bad\.yaml: invalid field "events\.1\.name": must be BeforeAllowTraffic/,
    );
  });

  it('refuses a hook on AllowTraffic, where AWS allows none', () => {
    const hooked = lifecycle.replace(
      'label: traffic shifts, step by step',
      'label: traffic shifts\n    hook: MidTraffic',
    );
    expect(() => parseDiagramFile(path, hooked)).toThrow(/events\.2\.hook.*AllowTraffic takes no hook/);
  });

  it('refuses a sequence step from a participant that is not drawn', () => {
    const text = read('content/diagrams/cloudformation-codedeploy-sequence.yaml').replace(
      '  - from: lambda',
      '  - from: sns',
    );
    expect(() => parseDiagramFile(path, text)).toThrow(/steps\.4\.from.*"sns" is not a participant/);
  });

  it('refuses a record link to a record that does not exist', () => {
    const text = read('content/diagrams/deployment-rollback-links.yaml').replace(
      'linksTo: version',
      'linksTo: nowhere',
    );
    expect(() => parseDiagramFile(path, text)).toThrow(/linksTo.*"nowhere" must name another record/);
  });

  it('refuses a decision "question" that is not a question, and a file name that is not kebab-case', () => {
    const text = read('content/diagrams/which-deployment-method.yaml').replace(
      'rather than in the function?',
      'rather than in the function.',
    );
    expect(() => parseDiagramFile(path, text)).toThrow(/bad\.yaml: invalid field "tree/);
    expect(() => parseDiagramFile('/content/diagrams/Bad_Name.yaml', lifecycle)).toThrow(/kebab-id/);
  });

  it('refuses a label too long to fit a phone', () => {
    const text = lifecycle.replace('label: deployment begins', `label: ${'x'.repeat(40)}`);
    expect(() => parseDiagramFile(path, text)).toThrow(/events\.0\.label.*at most 28 characters/);
  });
});
