import { describe, expect, it } from 'vitest';
import { parseArguments } from '../../../../src/sim/cli/params';
import { commandCatalog, findCommand, findService } from '../../../../src/sim/cli/catalog/index';
import { CliUsageError } from '../../../../src/sim/cli/errors';
import { Workspace } from '../../../../src/sim/core/workspace';

const command = (service: string, name: string) => {
  const cmd = findCommand(findService(service)!, name);
  if (!cmd) throw new Error(`${service} ${name} is not in the catalog`);
  return cmd;
};

const files = new Workspace();
files.write('code.json', '{"errorRate":0}');
files.write('input.json', '{"FunctionName":"orders","Name":"live","FunctionVersion":"1"}');
files.write('appspec.yaml', 'version: 0.0');
files.write('queries.json', '[{"Id":"e","Expression":"m1*100"}]');

const parse = (service: string, name: string, line: string, binaryFormat: 'base64' | 'raw-in-base64-out' = 'base64') =>
  parseArguments(command(service, name), line.split(' ').filter(Boolean), { files, binaryFormat }).input;

const failure = (
  service: string,
  name: string,
  words: string[],
  binaryFormat: 'base64' | 'raw-in-base64-out' = 'base64',
) => {
  try {
    parseArguments(command(service, name), words, { files, binaryFormat });
  } catch (e) {
    if (e instanceof CliUsageError) return e.message;
    throw e;
  }
  throw new Error('expected a command-line error');
};

describe('parameters: AWS CLI names, types and input forms', () => {
  it('maps kebab-case flags to the API members (--function-name → FunctionName)', () => {
    expect(parse('lambda', 'get-alias', '--function-name orders --name live')).toEqual({
      FunctionName: 'orders',
      Name: 'live',
    });
  });

  it('parses integers and doubles by the member type', () => {
    expect(
      parse('lambda', 'update-function-configuration', '--function-name f --timeout 30 --memory-size 512'),
    ).toEqual({ FunctionName: 'f', Timeout: 30, MemorySize: 512 });
    expect(
      parse(
        'cloudwatch',
        'put-metric-alarm',
        '--alarm-name a --evaluation-periods 1 --comparison-operator GreaterThanThreshold --threshold 0.5',
      ),
    ).toMatchObject({ Threshold: 0.5, EvaluationPeriods: 1 });
  });

  it('turns --publish / --no-publish into true / false', () => {
    expect(parse('lambda', 'update-function-code', '--function-name f --publish')).toMatchObject({ Publish: true });
    expect(parse('lambda', 'update-function-code', '--function-name f --no-publish')).toMatchObject({ Publish: false });
  });

  it('reads --routing-config shorthand as a map of version → double weight (lambda update-alias reference)', () => {
    expect(
      parse(
        'lambda',
        'update-alias',
        '--function-name f --name live --routing-config AdditionalVersionWeights={2=0.1}',
      ),
    ).toEqual({
      FunctionName: 'f',
      Name: 'live',
      RoutingConfig: { AdditionalVersionWeights: { '2': 0.1 } },
    });
  });

  it('reads --routing-config given as JSON', () => {
    const input = parseArguments(
      command('lambda', 'update-alias'),
      ['--function-name', 'f', '--name', 'live', '--routing-config', '{"AdditionalVersionWeights":{"2":0.25}}'],
      { files, binaryFormat: 'base64' },
    ).input;
    expect(input.RoutingConfig).toEqual({ AdditionalVersionWeights: { '2': 0.25 } });
  });

  it('reads --dimensions as a list of Name/Value structures, one per word', () => {
    expect(
      parse(
        'cloudwatch',
        'get-metric-statistics',
        '--namespace AWS/Lambda --metric-name Errors --dimensions Name=FunctionName,Value=orders Name=Resource,Value=orders:live --start-time 2026-01-05T09:00:00Z --end-time 1767607200 --period 60 --statistics Sum Average',
      ),
    ).toEqual({
      Namespace: 'AWS/Lambda',
      MetricName: 'Errors',
      Dimensions: [
        { Name: 'FunctionName', Value: 'orders' },
        { Name: 'Resource', Value: 'orders:live' },
      ],
      StartTime: new Date(Date.UTC(2026, 0, 5, 9)),
      EndTime: new Date(1767607200 * 1000),
      Period: 60,
      Statistics: ['Sum', 'Average'],
    });
  });

  it('reads --traffic-routing-config shorthand with nested integers (create-deployment-config reference)', () => {
    expect(
      parse(
        'deploy',
        'create-deployment-config',
        '--deployment-config-name c --compute-platform Lambda --traffic-routing-config type=TimeBasedCanary,timeBasedCanary={canaryPercentage=20,canaryInterval=3}',
      ),
    ).toEqual({
      deploymentConfigName: 'c',
      computePlatform: 'Lambda',
      trafficRoutingConfig: { type: 'TimeBasedCanary', timeBasedCanary: { canaryPercentage: 20, canaryInterval: 3 } },
    });
  });

  it('reads alarm and rollback configurations with booleans, lists of structures and implicit lists', () => {
    expect(
      parse(
        'deploy',
        'update-deployment-group',
        '--application-name a --current-deployment-group-name g --alarm-configuration enabled=true,alarms=[{name=x},{name=y}] --auto-rollback-configuration enabled=true,events=DEPLOYMENT_FAILURE,DEPLOYMENT_STOP_ON_ALARM',
      ),
    ).toMatchObject({
      alarmConfiguration: { enabled: true, alarms: [{ name: 'x' }, { name: 'y' }] },
      autoRollbackConfiguration: { enabled: true, events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM'] },
    });
  });

  it('accepts lists as separate words, as [a,b] and as a,b', () => {
    expect(parse('cloudwatch', 'delete-alarms', '--alarm-names a b')).toEqual({ AlarmNames: ['a', 'b'] });
    expect(parse('cloudwatch', 'delete-alarms', '--alarm-names [a,b]')).toEqual({ AlarmNames: ['a', 'b'] });
    expect(parse('cloudwatch', 'delete-alarms', '--alarm-names a,b')).toEqual({ AlarmNames: ['a', 'b'] });
    expect(parse('cloudwatch', 'delete-alarms', '--alarm-names ["a","b"]')).toEqual({ AlarmNames: ['a', 'b'] });
  });

  it('loads --zip-file fileb:// as bytes into Code.ZipFile on create-function', () => {
    const input = parse('lambda', 'create-function', '--function-name f --role r --zip-file fileb://code.json');
    expect(new TextDecoder().decode((input.Code as { ZipFile: Uint8Array }).ZipFile)).toBe('{"errorRate":0}');
  });

  it('reads a whole list of structures from file:// JSON', () => {
    expect(
      parse('cloudwatch', 'get-metric-data', '--metric-data-queries file://queries.json --start-time 0 --end-time 60')
        .MetricDataQueries,
    ).toEqual([{ Id: 'e', Expression: 'm1*100' }]);
  });

  it('reads key@=file:// inside shorthand (the AppSpec of create-deployment)', () => {
    expect(
      parse(
        'deploy',
        'create-deployment',
        '--application-name a --revision revisionType=AppSpecContent,appSpecContent={content@=file://appspec.yaml}',
      ).revision,
    ).toEqual({
      revisionType: 'AppSpecContent',
      appSpecContent: { content: 'version: 0.0' },
    });
  });

  it('merges --cli-input-json under explicit flags', () => {
    expect(parse('lambda', 'create-alias', '--cli-input-json file://input.json --function-version 2')).toEqual({
      FunctionName: 'orders',
      Name: 'live',
      FunctionVersion: '2',
    });
  });

  it('accepts --flag=value', () => {
    expect(parse('lambda', 'get-alias', '--function-name=orders --name=live')).toEqual({
      FunctionName: 'orders',
      Name: 'live',
    });
  });

  it('decodes a blob as base64 by default and takes raw text with raw-in-base64-out (AWS CLI v2 binary format)', () => {
    const b64 = parse('lambda', 'invoke', '--function-name f --payload eyJhIjoxfQ== out.json').Payload as Uint8Array;
    expect(new TextDecoder().decode(b64)).toBe('{"a":1}');
    const raw = parseArguments(
      command('lambda', 'invoke'),
      ['--function-name', 'f', '--payload', '{"a":1}', 'out.json'],
      { files, binaryFormat: 'raw-in-base64-out' },
    ).input.Payload as Uint8Array;
    expect(new TextDecoder().decode(raw)).toBe('{"a":1}');
  });

  it('keeps the outfile of invoke as a positional argument, out of the API input', () => {
    const parsed = parseArguments(command('lambda', 'invoke'), ['--function-name', 'f', 'response.json'], {
      files,
      binaryFormat: 'base64',
    });
    expect(parsed.positionals).toEqual({ outfile: 'response.json' });
    expect(parsed.input).toEqual({ FunctionName: 'f' });
  });
});

describe('parameters: command-line errors worded as the AWS CLI words them', () => {
  it.each<[string, string, string[], string]>([
    ['lambda', 'get-alias', ['--function-name', 'f'], 'the following arguments are required: --name'],
    ['lambda', 'get-alias', [], 'the following arguments are required: --function-name, --name'],
    ['lambda', 'invoke', ['--function-name', 'f'], 'the following arguments are required: outfile'],
    ['lambda', 'get-alias', ['--function-name', 'f', '--name', 'a', '--foo', 'bar'], 'Unknown options: --foo, bar'],
    ['lambda', 'get-alias', ['--function-name'], 'argument --function-name: expected one argument'],
    [
      'lambda',
      'update-function-configuration',
      ['--function-name', 'f', '--timeout', 'abc'],
      "Error parsing parameter '--timeout': invalid literal for int() with base 10: 'abc'",
    ],
    [
      'cloudwatch',
      'put-metric-alarm',
      ['--alarm-name', 'a', '--evaluation-periods', '1', '--comparison-operator', 'X', '--threshold', 'high'],
      "Error parsing parameter '--threshold': could not convert string to float: 'high'",
    ],
    [
      'lambda',
      'update-alias',
      ['--function-name', 'f', '--name', 'a', '--routing-config', 'AdditionalVersionWeights={2=abc}'],
      'Invalid type for parameter RoutingConfig.AdditionalVersionWeights.2, value: abc',
    ],
    [
      'lambda',
      'update-alias',
      ['--function-name', 'f', '--name', 'a', '--routing-config', 'Weights={2=0.1}'],
      'Unknown parameter in RoutingConfig: "Weights", must be one of: AdditionalVersionWeights',
    ],
    ['lambda', 'invoke', ['--function-name', 'f', '--payload', '{"a":1}', 'out.json'], 'Invalid base64: "{"a":1}"'],
    [
      'lambda',
      'create-function',
      ['--function-name', 'f', '--role', 'r', '--zip-file', 'fileb://nope.json'],
      "Error parsing parameter '--zip-file': Unable to load paramfile fileb://nope.json: [Errno 2] No such file or directory: 'nope.json'",
    ],
    [
      'lambda',
      'update-alias',
      ['--function-name', 'f', '--name', 'a', '--routing-config', '{"AdditionalVersionWeights":'],
      "Error parsing parameter '--routing-config': Invalid JSON",
    ],
    [
      'lambda',
      'create-alias',
      ['--cli-input-json', '{"FunctionName":"f"}'],
      'Missing required parameter in input: "Name"',
    ],
    [
      'lambda',
      'create-alias',
      ['--cli-input-json', '{"Bogus":1,"FunctionName":"f","Name":"n","FunctionVersion":"1"}'],
      'Unknown parameter in input: "Bogus"',
    ],
  ])('%s %s %j → %s', (service, name, words, message) => {
    expect(failure(service, name, words)).toContain(message);
  });
});

describe('catalog', () => {
  it('lists every operation the brief names for the three services', () => {
    const names = commandCatalog.flatMap((s) => s.commands.map((c) => `${s.name} ${c.name}`));
    for (const expected of [
      'lambda update-alias',
      'lambda invoke',
      'deploy create-deployment',
      'deploy put-lifecycle-event-hook-execution-status',
      'cloudwatch get-metric-data',
      'cloudwatch set-alarm-state',
    ]) {
      expect(names).toContain(expected);
    }
    expect(names.length).toBe(22 + 19 + 13);
  });
});
