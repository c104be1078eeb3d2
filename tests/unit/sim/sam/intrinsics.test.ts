import { describe, expect, it } from 'vitest';
import { resolveParameterRefs, resolveValue, type ResolveScope } from '../../../../src/sim/sam/intrinsics';
import { parseTemplate } from '../../../../src/sim/sam/templateParser';

const scope: ResolveScope = {
  parameters: { Stage: 'prod', 'AWS::Region': 'us-east-1', Subnets: ['a', 'b'] },
  conditions: { IsProd: true },
  mappings: { Sizes: { prod: { Memory: 1024 } } },
  hasResource: (id) => id === 'Fn',
  ref: () => 'orders-fn',
  getAtt: (id, attr) => `${id}.${attr}-value`,
};

// https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference.html
describe('intrinsic functions', () => {
  it('turns YAML short forms into the JSON long forms', () => {
    const t = parseTemplate(
      'A: !Ref Fn\nB: !GetAtt Fn.Arn\nC: !Sub "${Fn}-x"\nD: !If [IsProd, 1, 2]\nE: !Join [",", [a, !Ref Stage]]\n',
    );
    expect(t).toEqual({
      A: { Ref: 'Fn' },
      B: { 'Fn::GetAtt': ['Fn', 'Arn'] },
      C: { 'Fn::Sub': '${Fn}-x' },
      D: { 'Fn::If': ['IsProd', 1, 2] },
      E: { 'Fn::Join': [',', ['a', { Ref: 'Stage' }]] },
    });
  });

  it.each<[string, unknown, unknown]>([
    ['Ref of a parameter', { Ref: 'Stage' }, 'prod'],
    ['Ref of a resource', { Ref: 'Fn' }, 'orders-fn'],
    ['Fn::GetAtt in list form', { 'Fn::GetAtt': ['Fn', 'Arn'] }, 'Fn.Arn-value'],
    [
      'Fn::Sub with a parameter, a resource, an attribute and a literal',
      { 'Fn::Sub': '${Stage}/${Fn}/${Fn.Arn}/${!Keep}' },
      'prod/orders-fn/Fn.Arn-value/${Keep}',
    ],
    ['Fn::Sub with its own variables', { 'Fn::Sub': ['${A}-${Stage}', { A: { Ref: 'Fn' } }] }, 'orders-fn-prod'],
    ['Fn::If on a true condition', { 'Fn::If': ['IsProd', 'big', 'small'] }, 'big'],
    ['Fn::Equals', { 'Fn::Equals': [{ Ref: 'Stage' }, 'prod'] }, true],
    ['Fn::FindInMap', { 'Fn::FindInMap': ['Sizes', { Ref: 'Stage' }, 'Memory'] }, 1024],
    ['Fn::Select over a list parameter', { 'Fn::Select': [1, { Ref: 'Subnets' }] }, 'b'],
    ['Fn::Split', { 'Fn::Split': [',', 'x,y'] }, ['x', 'y']],
    [
      'AWS::NoValue removes the key',
      { Keep: 1, Drop: { 'Fn::If': ['IsProd', { Ref: 'AWS::NoValue' }, 2] } },
      { Keep: 1 },
    ],
  ])('%s', (_name, value, expected) => {
    expect(resolveValue(value, scope, 'Test')).toEqual(expected);
  });

  it('reports a Ref to an undefined name as CloudFormation does', () => {
    expect(() => resolveValue({ Ref: 'Nope' }, scope, 'Test')).toThrow(
      'Template format error: Unresolved resource dependencies [Nope] in the Resources block of the template',
    );
  });

  it('resolves only parameter Refs where SAM reads values itself (resolve_parameter_refs)', () => {
    expect(
      resolveParameterRefs({ a: { Ref: 'Stage' }, b: { Ref: 'Fn' }, c: { 'Fn::Sub': 'x-${Stage}' } }, scope.parameters),
    ).toEqual({ a: 'prod', b: { Ref: 'Fn' }, c: 'x-prod' });
  });
});
