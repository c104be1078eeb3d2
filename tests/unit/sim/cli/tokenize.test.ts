import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../src/sim/cli/tokenize';

describe('tokenize (shell-style words without a shell)', () => {
  it('splits on spaces and honours single quotes, double quotes and backslashes', () => {
    expect(tokenize(`aws lambda invoke --payload '{ "a": 1 }' "my file.json" x\\ y`)).toEqual([
      'aws',
      'lambda',
      'invoke',
      '--payload',
      '{ "a": 1 }',
      'my file.json',
      'x y',
    ]);
  });

  it('removes the quotes inside shorthand as bash does ({"2"=0.1} becomes {2=0.1})', () => {
    expect(tokenize('--routing-config AdditionalVersionWeights={"2"=0.1}')).toEqual([
      '--routing-config',
      'AdditionalVersionWeights={2=0.1}',
    ]);
  });

  it('keeps $LATEST literal when no such variable is set, and expands variables that are', () => {
    expect(tokenize('--qualifier $LATEST --name $ALIAS', { ALIAS: 'live' })).toEqual([
      '--qualifier',
      '$LATEST',
      '--name',
      'live',
    ]);
  });

  it.each(['aws lambda list-aliases | jq', 'aws lambda invoke out.json > x', 'aws a; aws b', 'aws a && aws b'])(
    'refuses shell operators in %s',
    (line) => {
      expect(() => tokenize(line)).toThrow(/shell operator/);
    },
  );

  it('ignores a trailing comment', () => {
    expect(tokenize('aws lambda get-account-settings # limits')).toEqual(['aws', 'lambda', 'get-account-settings']);
  });

  it('reports an unclosed quote as bash does', () => {
    expect(() => tokenize(`aws lambda invoke --payload '{"a":1}`)).toThrow(
      "unexpected EOF while looking for matching `''",
    );
  });
});
