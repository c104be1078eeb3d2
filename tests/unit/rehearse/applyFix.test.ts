import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseTemplate } from '../../../src/rehearse/analyse';
import { applyFix } from '../../../src/rehearse/applyFix';
import { samStack } from './templates';

const fixture = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/rehearse', name), 'utf8');

function fixOnce(text: string, rule: string): string {
  const f = analyseTemplate(text).findings.find((x) => x.rule === rule);
  expect(f?.fix).toBeDefined();
  return applyFix(text, f!.fix!);
}

describe('one-click fixes', () => {
  it('switching AllAtOnce to a canary clears the finding and keeps the comments', () => {
    const text = fixture('two-traps.yaml');
    const fixed = fixOnce(text, 'deployment.all-at-once');
    expect(fixed).toContain('Type: Canary10Percent10Minutes');
    expect(fixed).toContain('# Two deployment traps');
    expect(fixed).toContain('!GetAtt PaymentsQueue.Arn');
    expect(analyseTemplate(fixed).findings.map((f) => f.rule)).toEqual(['invoker.not-on-alias']);
  });

  it('pointing the event source mapping at the alias clears the invoker finding', () => {
    const fixed = fixOnce(fixture('two-traps.yaml'), 'invoker.not-on-alias');
    expect(fixed).toContain('FunctionName: !Ref PaymentsFunction.Alias');
    expect(analyseTemplate(fixed).findings.map((f) => f.rule)).toEqual(['deployment.all-at-once']);
  });

  it('adding an alias alarm to a deployment without alarms clears the finding', () => {
    const fixed = fixOnce(samStack({ alarms: '' }), 'deployment.no-alarms');
    const after = analyseTemplate(fixed);
    expect(after.findings).toEqual([]);
    expect(after.model.alarms.find((a) => a.logicalId === 'ApiAliasErrorsAlarm')?.metrics[0]!.dimensions).toEqual([
      { Name: 'FunctionName', Value: 'api' },
      { Name: 'Resource', Value: 'api:live' },
    ]);
  });

  it('a JSON template stays JSON with long-form intrinsics', () => {
    const json = JSON.stringify({
      Transform: 'AWS::Serverless-2016-10-31',
      Resources: {
        Api: {
          Type: 'AWS::Serverless::Function',
          Properties: {
            Runtime: 'nodejs22.x',
            Handler: 'i.h',
            CodeUri: 'src/',
            AutoPublishAlias: 'live',
            DeploymentPreference: { Type: 'Canary10Percent5Minutes' },
          },
        },
      },
    });
    const fixed = fixOnce(json, 'deployment.no-alarms');
    const parsed = JSON.parse(fixed);
    expect(parsed.Resources.Api.Properties.DeploymentPreference.Alarms).toEqual([{ Ref: 'ApiAliasErrorsAlarm' }]);
  });
});
