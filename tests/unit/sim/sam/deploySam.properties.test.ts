import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deploySam, SamDeployError } from '../../../../src/sim/sam';
import { ordersTemplate, worldWithCode } from './fixtures';

/** Lines a careless edit might leave in a template: wrong types, bad names, missing pieces, stray syntax. */
const SNIPPETS = [
  '      Timeout: 0',
  '      Timeout: abc',
  '      MemorySize: 64',
  '      AutoPublishAlias: 123',
  '      AutoPublishAlias: live-2',
  '      DeploymentPreference: oops',
  '        Type: NoSuchConfig',
  '        Type: !Ref Missing',
  '        Enabled: maybe',
  '        Hooks: [x]',
  '      CodeUri: missing.json',
  '      InlineCode: \'{"errorRate":1}\'',
  '      Role: not-an-arn',
  '      ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: 0 }',
  '    Type: AWS::Foo::Bar',
  '    Condition: Nope',
  '      ComparisonOperator: Sideways',
  '      EvaluationPeriods: 0',
  '  Extra:',
  '    Type: AWS::IAM::Role',
  '    Properties: 7',
  'Transform: [',
  '      Value: !GetAtt Orders.Nope',
  '      FunctionName: !Sub "${Nope}"',
  '- item',
  '  : :',
  '\t tab',
];

const mutation = fc.oneof(
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }) },
  {
    weight: 8,
    arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), line: fc.constantFrom(...SNIPPETS) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), line: fc.string({ maxLength: 20 }) }),
  },
);

const indentOf = (line: string): number => line.length - line.trimStart().length;

function mutate(text: string, steps: { kind: 'delete' | 'duplicate' | 'insert'; at: number; line?: string }[]): string {
  const lines = text.split('\n');
  for (const s of steps) {
    const i = lines.length === 0 ? 0 : s.at % lines.length;
    if (s.kind === 'delete') lines.splice(i, 1);
    else if (s.kind === 'duplicate') lines.splice(i, 0, lines[i] ?? '');
    else {
      // Most edits keep the YAML shape: put a snippet after a line indented like it, so that the
      // template still parses and the deeper checks (transform, resources) are exercised.
      const line = s.line ?? '';
      const peers = lines
        .map((l, n) => (l.trim() !== '' && indentOf(l) === indentOf(line) ? n : -1))
        .filter((n) => n >= 0);
      const key = /^\s*([A-Za-z]+):/.exec(line)?.[1];
      const sameKey = peers.filter((n) => key !== undefined && lines[n]!.trimStart().startsWith(`${key}:`));
      // A key that is already there is replaced (a duplicate key is only a YAML error).
      if (sameKey.length > 0) lines[sameKey[s.at % sameKey.length]!] = line;
      else lines.splice(peers.length > 0 ? peers[s.at % peers.length]! + 1 : i, 0, line);
    }
  }
  return lines.join('\n');
}

describe('mutated templates never corrupt the world', () => {
  it('deploySam either succeeds or throws a SamDeployError and leaves world.snapshot() unchanged (first deploy and update)', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.boolean(), (steps, afterFirstDeploy) => {
        const world = worldWithCode();
        if (afterFirstDeploy) {
          deploySam(world, ordersTemplate(), { stackName: 'orders-app' });
          world.workspace.write('src/orders.json', '{"errorRate":0.1}');
        }
        const before = JSON.stringify(world.snapshot());
        try {
          deploySam(world, mutate(ordersTemplate(), steps), { stackName: 'orders-app' });
        } catch (e) {
          expect(e).toBeInstanceOf(SamDeployError);
          expect(JSON.stringify(world.snapshot())).toBe(before);
        }
      }),
      { numRuns: 120, seed: 20261126 },
    );
    // npm run fuzz runs 10,000 templates; this sample stays small, with room for a busy machine.
  }, 120_000);
});
