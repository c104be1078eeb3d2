import { describe, expect, it } from 'vitest';
import { parseShorthand, parseShorthandList, ShorthandError } from '../../../../src/sim/cli/shorthand';

// AWS CLI user guide, shorthand syntax: https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-shorthand.html
describe('shorthand syntax', () => {
  it.each([
    ['key1=value1,key2=value2', { key1: 'value1', key2: 'value2' }],
    ['AdditionalVersionWeights={2=0.1}', { AdditionalVersionWeights: { '2': '0.1' } }],
    [
      'type=TimeBasedCanary,timeBasedCanary={canaryPercentage=20,canaryInterval=3}',
      { type: 'TimeBasedCanary', timeBasedCanary: { canaryPercentage: '20', canaryInterval: '3' } },
    ],
    ['Name=Resource,Value=orders:live', { Name: 'Resource', Value: 'orders:live' }],
    [
      'enabled=true,events=DEPLOYMENT_FAILURE,DEPLOYMENT_STOP_ON_ALARM',
      { enabled: 'true', events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM'] },
    ],
    ['enabled=true,alarms=[{name=a},{name=b}]', { enabled: 'true', alarms: [{ name: 'a' }, { name: 'b' }] }],
    ['ids=[a,b],x=1', { ids: ['a', 'b'], x: '1' }],
    ['ids=[]', { ids: [] }],
    ['reason=\'a,b=c\',x="{not a hash}"', { reason: 'a,b=c', x: '{not a hash}' }],
    ['Expression=m1*100/m2', { Expression: 'm1*100/m2' }],
    ['a={b={c=deep}}', { a: { b: { c: 'deep' } } }],
    ['key=', { key: '' }],
  ])('parses %s', (input, expected) => {
    expect(parseShorthand(input)).toEqual(expected);
  });

  it('reads key@=file:// values through the given reader (AWS CLI v2)', () => {
    const read = (uri: string) => (uri === 'file://appspec.yaml' ? 'version: 0.0' : 'missing');
    expect(
      parseShorthand('revisionType=AppSpecContent,appSpecContent={content@=file://appspec.yaml}', { readFile: read }),
    ).toEqual({
      revisionType: 'AppSpecContent',
      appSpecContent: { content: 'version: 0.0' },
    });
  });

  it.each([
    ['AdditionalVersionWeights={2=0.1', "Expected: '}', received: 'EOF'"],
    ['noequals', "Expected: '=', received: 'EOF'"],
    ['=value', "Expected: 'key', received: '='"],
    ["a='open", "Expected: ''', received: 'EOF'"],
    ['a=[x,y', "Expected: ']', received: 'EOF'"],
  ])('rejects %s with the CLI\'s "Expected/received" message', (input, message) => {
    expect(() => parseShorthand(input)).toThrow(ShorthandError);
    expect(() => parseShorthand(input)).toThrow(message);
  });

  it('splits a comma-separated list of scalars, keeping quoted commas', () => {
    expect(parseShorthandList("a,b,'c,d'")).toEqual(['a', 'b', 'c,d']);
  });
});
