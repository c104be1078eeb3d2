import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTemplate, TemplateReadError } from '../../../src/rehearse/readTemplate';

const fixture = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/rehearse', name), 'utf8');

function readError(text: string): TemplateReadError {
  try {
    readTemplate(text);
  } catch (e) {
    if (e instanceof TemplateReadError) return e;
    throw e;
  }
  throw new Error('expected the template to be rejected');
}

describe('reading a template', () => {
  it('reports bad YAML with its line and column', () => {
    const e = readError('Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties: { Handler: x\n');
    expect(e.message).toMatch(/^Failed to parse template: /);
    expect(e.line).toBe(5);
    expect(e.column).toBeGreaterThan(0);
  });

  it('reports a construct computed by CloudFormation (Fn::ForEach) with its position', () => {
    const e = readError('Transform: AWS::LanguageExtensions\nResources:\n  Fn:\n    Type: AWS::SQS::Queue\n');
    expect(e.message).toContain('AWS::LanguageExtensions');
    expect(e.line).toBe(1);
    const inner = readError(
      "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      Tags:\n        'Fn::ForEach::T': [x, [a], {}]\n",
    );
    expect(inner.message).toContain('Fn::ForEach::T is not supported');
    expect(inner.line).toBe(6);
  });

  it('names a reference to a resource that does not exist, at that resource', () => {
    const e = readError(
      'Resources:\n  A:\n    Type: AWS::SQS::Queue\n  B:\n    Type: AWS::SNS::Topic\n    Properties:\n      DisplayName: !Ref Missing\n',
    );
    expect(e.message).toContain('[Missing]');
    expect(e.line).toBe(5);
  });

  it('resolves parameter defaults, conditions and Globals the way SAM does', () => {
    const model = readTemplate(fixture('team-stack.yaml'));
    const checkout = model.functions.find((f) => f.logicalId === 'CheckoutFunction')!;
    expect(checkout.name).toBe('checkout-prod');
    expect(checkout.timeoutSeconds).toBe(10);
    const deployment = model.deployments.find((d) => d.functionId === 'CheckoutFunction')!;
    // !If [IsProd, Canary10Percent10Minutes, AllAtOnce] with Stage defaulting to prod
    expect(deployment.routing).toEqual({ type: 'TimeBasedCanary', percentage: 10, intervalMinutes: 10 });
    // Globals lists are joined with the function's own: the receipt worker watches both alarms.
    expect(model.deployments.find((d) => d.functionId === 'ReceiptWorker')!.alarmNames).toHaveLength(2);
  });

  it('keeps resources it does not simulate and lists them', () => {
    const model = readTemplate(fixture('team-stack.yaml'));
    expect(model.resources.find((r) => r.logicalId === 'OrdersTable')).toMatchObject({ simulated: false });
    expect(model.resources.find((r) => r.logicalId === 'CheckoutFunction')).toMatchObject({ simulated: true });
  });

  it('hashes the exact template text (SHA-256)', () => {
    // sha256("") is the well-known e3b0c442…b855; a template differs by one character, so does its hash.
    const a = readTemplate('Resources:\n  Q:\n    Type: AWS::SQS::Queue\n').hash;
    const b = readTemplate('Resources:\n  Q:\n    Type: AWS::SQS::Queue \n').hash;
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(a).not.toBe(b);
  });
});
