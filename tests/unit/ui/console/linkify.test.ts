import { describe, expect, it } from 'vitest';
import { linkify } from '../../../../src/ui/lab/console/linkify';

const links = (text: string) =>
  linkify(text)
    .filter((s) => s.target)
    .map((s) => ({ text: s.text, ...s.target }));

describe('clickable resource names in output', () => {
  it('links an alias ARN to the alias, a version ARN to the version and an unqualified ARN to the function', () => {
    const out = [
      '"AliasArn": "arn:aws:lambda:us-east-1:123456789012:function:orders:live",',
      '"FunctionArn": "arn:aws:lambda:us-east-1:123456789012:function:orders:3",',
      '"FunctionArn": "arn:aws:lambda:us-east-1:123456789012:function:orders",',
      'arn:aws:lambda:us-east-1:123456789012:function:orders:$LATEST',
    ].join('\n');
    expect(links(out)).toEqual([
      {
        text: 'arn:aws:lambda:us-east-1:123456789012:function:orders:live',
        kind: 'alias',
        id: 'arn:aws:lambda:us-east-1:123456789012:function:orders:live',
      },
      { text: 'arn:aws:lambda:us-east-1:123456789012:function:orders:3', kind: 'version', id: 'orders:3' },
      { text: 'arn:aws:lambda:us-east-1:123456789012:function:orders', kind: 'function', id: 'orders' },
      { text: 'arn:aws:lambda:us-east-1:123456789012:function:orders:$LATEST', kind: 'version', id: 'orders:$LATEST' },
    ]);
  });

  it('links FunctionName and AlarmName values, not their keys', () => {
    expect(links('{\n    "FunctionName": "orders",\n    "AlarmName": "orders-live-error-rate"\n}')).toEqual([
      { text: 'orders', kind: 'function', id: 'orders' },
      { text: 'orders-live-error-rate', kind: 'alarm', id: 'orders-live-error-rate' },
    ]);
  });

  it('links CodeDeploy deployment ids wherever they appear (JSON, text output, sam deploy)', () => {
    expect(
      links('"deploymentId": "d-ABCDEF123"\nCodeDeploy deployment started: d-Z9Y8X7W6V (CloudFormation waits)'),
    ).toEqual([
      { text: 'd-ABCDEF123', kind: 'deployment', id: 'd-ABCDEF123' },
      { text: 'd-Z9Y8X7W6V', kind: 'deployment', id: 'd-Z9Y8X7W6V' },
    ]);
  });

  it('links an alarm ARN to the alarm by name', () => {
    expect(links('"AlarmArn": "arn:aws:cloudwatch:us-east-1:123456789012:alarm:orders-live-error-rate"')).toEqual([
      {
        text: 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:orders-live-error-rate',
        kind: 'alarm',
        id: 'orders-live-error-rate',
      },
    ]);
  });

  it('gives the text back unchanged when the segments are joined', () => {
    const text =
      'An error occurred (ResourceNotFoundException) when calling the GetAlias operation: Cannot find alias arn: arn:aws:lambda:us-east-1:123456789012:function:my-fn:nope\n';
    expect(
      linkify(text)
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
    expect(linkify('no names here')).toEqual([{ text: 'no names here' }]);
  });

  it('does not link a deployment-like word that is too short or lower case', () => {
    expect(links('d-ABC and d-abcdefghi')).toEqual([]);
  });
});
