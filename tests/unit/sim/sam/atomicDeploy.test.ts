import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../../src/sim';
import { deploySam, describeStack, SamDeployError } from '../../../../src/sim/sam';
import { ordersTemplate, worldWithCode } from './fixtures';

/**
 * A failed `sam deploy` changes nothing: CloudFormation rolls the stack back, deleting what it had
 * created, so the learner can fix the template and deploy again.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/stack-failure-options.html
 */

/** A plain CloudFormation template: one function `orders` and whatever `extra` adds. */
const plain = (extra = '', fn = '') => `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: orders
      Runtime: nodejs22.x
      Handler: index.handler
      Role: arn:aws:iam::123456789012:role/orders-role
      Code: { ZipFile: '{"errorRate":0}' }
${fn}
${extra}`;

const versionAndAlias = (aliasProps: string) => `  V:
    Type: AWS::Lambda::Version
    Properties: { FunctionName: !Ref Fn }
  A:
    Type: AWS::Lambda::Alias
    Properties:
      FunctionName: !Ref Fn
      FunctionVersion: !GetAtt V.Version
${aliasProps}`;

interface Trigger {
  name: string;
  template: string;
  /** Words of the AWS message the learner must see. */
  says: RegExp;
  /** The resource the message names. */
  resource: string;
}

const TRIGGERS: Trigger[] = [
  ...['950', '-1', '1e9', 'abc'].map((v) => ({
    name: `ReservedConcurrentExecutions: ${v}`,
    template: ordersTemplate({ extra: `      ReservedConcurrentExecutions: ${v}` }),
    says:
      v === 'abc'
        ? /#\/ReservedConcurrentExecutions: expected type: Integer, found: String/
        : v === '-1'
          ? /greater than or equal to 0/
          : /below its minimum value of \[100\]/,
    resource: 'Orders',
  })),
  {
    name: 'ProvisionedConcurrentExecutions: 5000',
    template: ordersTemplate({
      extra: '      ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: 5000 }',
    }),
    says: /UnreservedConcurrentExecution below its minimum value of \[100\]/,
    resource: 'OrdersAliaslive',
  },
  {
    name: 'an alias routing weight of 2',
    template: plain(
      versionAndAlias(
        "      Name: live\n      RoutingConfig: { AdditionalVersionWeights: [ { FunctionVersion: '1', FunctionWeight: 2 } ] }",
      ),
    ),
    says: /routingConfig\.additionalVersionWeights/,
    resource: 'A',
  },
  {
    name: 'an alias FunctionVersion of 1e+21',
    template: plain(
      '  A:\n    Type: AWS::Lambda::Alias\n    Properties: { FunctionName: !Ref Fn, Name: live, FunctionVersion: 1e+21 }',
    ),
    says: /Value '1e\+21' at 'functionVersion'/,
    resource: 'A',
  },
  {
    name: 'an alias name of 129 characters',
    template: plain(versionAndAlias(`      Name: ${'a'.repeat(129)}`)),
    says: /at 'name' failed to satisfy constraint: Member must have length less than or equal to 128/,
    resource: 'A',
  },
  {
    name: 'a DeploymentGroup with DeploymentType IN_PLACE',
    template: plain(`  App:
    Type: AWS::CodeDeploy::Application
    Properties: { ComputePlatform: Lambda }
  Group:
    Type: AWS::CodeDeploy::DeploymentGroup
    Properties:
      ApplicationName: !Ref App
      ServiceRoleArn: arn:aws:iam::123456789012:role/codedeploy
      DeploymentStyle: { DeploymentType: IN_PLACE, DeploymentOption: WITH_TRAFFIC_CONTROL }`),
    says: /BLUE_GREEN/,
    resource: 'Group',
  },
  {
    name: 'two functions with the same FunctionName',
    template: plain(`  Fn2:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: orders
      Runtime: nodejs22.x
      Handler: index.handler
      Role: arn:aws:iam::123456789012:role/orders-role
      Code: { ZipFile: '{}' }`),
    says: /Function already exist: orders/,
    resource: 'Fn2',
  },
  {
    name: 'an alias on a version that does not exist yet (fails while applying, after the function was created)',
    template: plain(
      '  A:\n    Type: AWS::Lambda::Alias\n    Properties: { FunctionName: !Ref Fn, Name: live, FunctionVersion: 7 }',
    ),
    says: /Function not found/,
    resource: 'A',
  },
];

/** The same template with the trigger taken out: a plain function (and its SAM alias, if any). */
const corrected = (t: Trigger) => (t.template.includes('Transform: AWS::Serverless') ? ordersTemplate() : plain());

describe('a sam deploy that a service call would refuse is refused whole', () => {
  it.each(TRIGGERS)('$name: refused naming the resource, nothing left behind, the corrected template deploys', (t) => {
    const w = worldWithCode();
    // Everything but the clock: CloudFormation spends time on a stack that fails (it waits for a
    // created function to become Active before the next resource), and time does not roll back.
    const state = () => JSON.stringify({ ...w.snapshot(), time: 0 });
    const before = state();
    let error: unknown;
    try {
      deploySam(w, t.template, { stackName: 'orders-app' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SamDeployError);
    const message = (error as SamDeployError).message;
    expect(message).toMatch(t.says);
    expect(message).toContain(`Resource ${t.resource} `);
    expect(message).toContain('The stack rolled back; nothing was deployed.');
    expect(message).not.toContain('[object Object]');
    expect(state()).toBe(before);
    // The stack reads as CloudFormation's does after a failed create.
    const stack = describeStack(w, 'orders-app')!;
    expect(stack.status).toBe('ROLLBACK_COMPLETE');
    const failed = stack.events.find((e) => e.ResourceStatus === 'CREATE_FAILED');
    expect(failed?.LogicalResourceId).toBe(t.resource);
    expect(failed?.ResourceStatusReason).toMatch(t.says);
    expect(stack.events.at(-1)).toMatchObject({ LogicalResourceId: 'orders-app', ResourceStatus: 'ROLLBACK_COMPLETE' });

    const r = deploySam(w, corrected(t), { stackName: 'orders-app' });
    expect(r.operation).toBe('CREATE');
    expect(describeStack(w, 'orders-app')?.status).toBe('CREATE_COMPLETE');
    expect(w.lambda.getFunctionConfiguration({ FunctionName: 'orders' }).FunctionName).toBe('orders');
  });

  it('the function created before the alias failed is deleted again, and its events say so', () => {
    const w = worldWithCode();
    expect(() =>
      deploySam(
        w,
        plain(
          '  A:\n    Type: AWS::Lambda::Alias\n    Properties: { FunctionName: !Ref Fn, Name: live, FunctionVersion: 7 }',
        ),
        { stackName: 's' },
      ),
    ).toThrow(SamDeployError);
    expect(() => w.lambda.getFunctionConfiguration({ FunctionName: 'orders' })).toThrow(/Function not found/);
    expect(describeStack(w, 's')!.events.map((e) => `${e.LogicalResourceId} ${e.ResourceStatus}`)).toEqual([
      's CREATE_IN_PROGRESS',
      'Fn CREATE_COMPLETE',
      'A CREATE_FAILED',
      's ROLLBACK_IN_PROGRESS',
      'Fn DELETE_COMPLETE',
      's ROLLBACK_COMPLETE',
    ]);
  });

  it('provisioned concurrency on an alias whose version is already provisioned is refused before anything changes', () => {
    const w = worldWithCode();
    deploySam(w, plain(versionAndAlias('      Name: live')), { stackName: 's' });
    w.lambda.putProvisionedConcurrencyConfig({
      FunctionName: 'orders',
      Qualifier: '1',
      ProvisionedConcurrentExecutions: 2,
    });
    const before = JSON.stringify(w.snapshot());
    const update = plain(
      "  A:\n    Type: AWS::Lambda::Alias\n    Properties: { FunctionName: !Ref Fn, Name: live, FunctionVersion: '1', ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: 2 } }\n  V:\n    Type: AWS::Lambda::Version\n    Properties: { FunctionName: !Ref Fn }",
    );
    expect(() => deploySam(w, update, { stackName: 's' })).toThrow(
      /already Provisioned version.*ResourceConflictException/,
    );
    expect(JSON.stringify(w.snapshot())).toBe(before);
    const stack = describeStack(w, 's')!;
    expect(stack.status).toBe('UPDATE_ROLLBACK_COMPLETE');
    expect(stack.events.find((e) => e.ResourceStatus === 'UPDATE_FAILED')?.LogicalResourceId).toBe('A');
  });
});

describe('template data is never looked up through the JavaScript prototype', () => {
  const cases: [string, string, RegExp][] = [
    [
      'Description: !Ref toString',
      ordersTemplate({ extra: '      Description: !Ref toString' }),
      /Unresolved resource dependencies \[toString\]/,
    ],
    [
      '!Sub "${constructor}"',
      ordersTemplate({ extra: '      Description: !Sub "${constructor}"' }),
      /Unresolved resource dependencies \[constructor\]/,
    ],
    [
      'FunctionName: { toString: x }',
      plain().replace('FunctionName: orders', 'FunctionName: { toString: x }'),
      /#\/FunctionName: expected type: String, found: JSONObject/,
    ],
    [
      'Timeout: { a: 1 }',
      ordersTemplate().replace('Timeout: 10', 'Timeout: { a: 1 }'),
      /#\/Timeout: expected type: Integer, found: JSONObject/,
    ],
    [
      'an unresolved YAML alias',
      ordersTemplate({ extra: '      Description: *nope' }),
      /Failed to parse template: Unresolved alias.*nope/,
    ],
    [
      'a YAML alias bomb',
      `a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\nResources: { X: { Type: AWS::IAM::Role, Properties: { P: *d } } }`,
      /Failed to parse template: .*YAML aliases more than 100 times/,
    ],
  ];
  it.each(cases)('%s gives a template error, not a JavaScript one', (_name, template, says) => {
    const w = worldWithCode();
    const before = JSON.stringify(w.snapshot());
    let error: unknown;
    try {
      deploySam(w, template, { stackName: 's' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SamDeployError);
    expect((error as Error).message).toMatch(says);
    expect((error as Error).message).not.toContain('[object Object]');
    expect(JSON.stringify(w.snapshot())).toBe(before);
  });

  it.each(['valueOf', 'toString', 'constructor', 'hasOwnProperty'])(
    'a resource whose logical id is %s deploys like any other',
    (id) => {
      const w = createWorld({ seed: 1 });
      const r = deploySam(w, plain().replace('  Fn:', `  ${id}:`), { stackName: 's' });
      expect(r.changeSet).toEqual([{ action: 'Add', logicalId: id, type: 'AWS::Lambda::Function' }]);
      expect(describeStack(w, 's')?.resources).toEqual([
        { logicalId: id, type: 'AWS::Lambda::Function', physicalId: 'orders' },
      ]);
    },
  );
});

describe('property: a failed deploy leaves world.snapshot() as it was', () => {
  const risky = fc.constantFrom(
    '      ReservedConcurrentExecutions: 950',
    '      ReservedConcurrentExecutions: -1',
    '      ReservedConcurrentExecutions: 5',
    '      ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: 5000 }',
    '      ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: 3 }',
    '      Description: !Ref valueOf',
    '      Timeout: [1]',
    '      MemorySize: 64',
    '',
  );
  it('for any pair of these edits, on a first deploy or an update', () => {
    fc.assert(
      fc.property(risky, risky, fc.boolean(), (a, b, update) => {
        const w = worldWithCode();
        if (update) deploySam(w, ordersTemplate(), { stackName: 'orders-app' });
        const before = JSON.stringify(w.snapshot());
        try {
          deploySam(w, ordersTemplate({ extra: [a, b].filter((l, i, all) => all.indexOf(l) === i).join('\n') }), {
            stackName: 'orders-app',
          });
        } catch (e) {
          expect(e).toBeInstanceOf(SamDeployError);
          expect(JSON.stringify(w.snapshot())).toBe(before);
        }
      }),
      { numRuns: 60, seed: 21 },
    );
  }, 120_000);
});
