import { waitUntilFunctionReady } from '../../../../src/sim/lambda/waitUntilReady';
import { describe, expect, it } from 'vitest';
import { ARN, OTHER_ROLE, code, createFn, newWorld, thrown, twoVersions } from './helpers';
import type { World } from '../../../../src/sim/world';

// The AWS documentation behind the behaviour these tests state:
// https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html
// https://docs.aws.amazon.com/lambda/latest/api/API_CreateAlias.html
// https://docs.aws.amazon.com/lambda/latest/dg/configuring-alias-routing.html
// https://docs.aws.amazon.com/lambda/latest/api/API_UpdateAlias.html
// https://docs.aws.amazon.com/lambda/latest/api/API_DeleteAlias.html

const weights = (w: Record<string, number>) => ({ AdditionalVersionWeights: w });

function threeVersions(w: World) {
  twoVersions(w);
  w.lambda.updateFunctionCode({ FunctionName: 'my-fn', ZipFile: code({ v: 3 }), Publish: true });
  waitUntilFunctionReady(w, 'my-fn');
}

describe('aliases', () => {
  it('creates an alias with its ARN, empty Description and no RoutingConfig', () => {
    const w = newWorld();
    twoVersions(w);
    const a = w.lambda.createAlias({ FunctionName: 'my-fn', Name: 'live', FunctionVersion: '1' });
    expect(a).toMatchObject({ AliasArn: `${ARN}:my-fn:live`, Name: 'live', FunctionVersion: '1', Description: '' });
    expect('RoutingConfig' in a).toBe(false);
    expect(w.lambda.getAlias({ FunctionName: 'my-fn', Name: 'live' })).toEqual(a);
  });

  it('treats an empty weights map as no routing', () => {
    const w = newWorld();
    twoVersions(w);
    const a = w.lambda.createAlias({
      FunctionName: 'my-fn',
      Name: 'live',
      FunctionVersion: '1',
      RoutingConfig: weights({}),
    });
    expect('RoutingConfig' in a).toBe(false);
  });

  it('accepts an alias on $LATEST without weights', () => {
    const w = newWorld();
    createFn(w);
    expect(
      w.lambda.createAlias({ FunctionName: 'my-fn', Name: 'dev', FunctionVersion: '$LATEST' }).FunctionVersion,
    ).toBe('$LATEST');
  });

  it.each([
    ['2024', false],
    ['2024-01-01', true],
    ['live_1', true],
    ['bad.name', false],
  ])('checks the alias name pattern: %s valid=%s', (name, ok) => {
    const w = newWorld();
    twoVersions(w);
    if (ok) expect(w.lambda.createAlias({ FunctionName: 'my-fn', Name: name, FunctionVersion: '1' }).Name).toBe(name);
    else {
      const e = thrown(() => w.lambda.createAlias({ FunctionName: 'my-fn', Name: name, FunctionVersion: '1' }));
      expect(e.name).toBe('ValidationException');
      expect(e.message).toBe(
        `1 validation error detected: Value '${name}' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: (?!^[0-9]+$)([a-zA-Z0-9-_]+)`,
      );
    }
  });

  it('refuses a duplicate alias name with ResourceConflictException', () => {
    const w = newWorld();
    twoVersions(w);
    w.lambda.createAlias({ FunctionName: 'my-fn', Name: 'live', FunctionVersion: '1' });
    const e = thrown(() => w.lambda.createAlias({ FunctionName: 'my-fn', Name: 'live', FunctionVersion: '2' }));
    expect([e.name, e.$metadata.httpStatusCode, e.message]).toEqual([
      'ResourceConflictException',
      409,
      `Alias already exists: ${ARN}:my-fn:live`,
    ]);
  });

  describe('routing validation, with exact messages', () => {
    const cases: [string, (w: World) => unknown, string, number, string][] = [
      [
        'more than one additional version',
        (w) =>
          w.lambda.createAlias({
            FunctionName: 'my-fn',
            Name: 'a',
            FunctionVersion: '1',
            RoutingConfig: weights({ '2': 0.1, '3': 0.1 }),
          }),
        'InvalidParameterValueException',
        400,
        'Number of items in AdditionalVersionWeights cannot be greater than 1',
      ],
      [
        'weight above 1',
        (w) =>
          w.lambda.createAlias({
            FunctionName: 'my-fn',
            Name: 'a',
            FunctionVersion: '1',
            RoutingConfig: weights({ '2': 2 }),
          }),
        'ValidationException',
        400,
        "1 validation error detected: Value '{2=2.0}' at 'routingConfig.additionalVersionWeights' failed to satisfy constraint: Map value must satisfy constraint: [Member must have value less than or equal to 1.0, Member must have value greater than or equal to 0.0, Member must not be null]",
      ],
      [
        'weight 1.5',
        (w) =>
          w.lambda.createAlias({
            FunctionName: 'my-fn',
            Name: 'a',
            FunctionVersion: '1',
            RoutingConfig: weights({ '2': 1.5 }),
          }),
        'ValidationException',
        400,
        "1 validation error detected: Value '{2=1.5}' at 'routingConfig.additionalVersionWeights' failed to satisfy constraint: Map value must satisfy constraint: [Member must have value less than or equal to 1.0, Member must have value greater than or equal to 0.0, Member must not be null]",
      ],
      [
        'additional version equal to the primary',
        (w) =>
          w.lambda.createAlias({
            FunctionName: 'my-fn',
            Name: 'a',
            FunctionVersion: '1',
            RoutingConfig: weights({ '1': 0.5 }),
          }),
        'InvalidParameterValueException',
        400,
        'Invalid function version 1. Function version 1 is already included in routing configuration.',
      ],
      [
        '$LATEST as primary with a weight',
        (w) =>
          w.lambda.createAlias({
            FunctionName: 'my-fn',
            Name: 'a',
            FunctionVersion: '$LATEST',
            RoutingConfig: weights({ '2': 0.5 }),
          }),
        'InvalidParameterValueException',
        400,
        '$LATEST is not supported for an alias pointing to more than 1 version',
      ],
      [
        '$LATEST as additional version',
        (w) =>
          w.lambda.createAlias({
            FunctionName: 'my-fn',
            Name: 'a',
            FunctionVersion: '1',
            RoutingConfig: weights({ $LATEST: 0.5 }),
          }),
        'ValidationException',
        400,
        "1 validation error detected: Value '{$LATEST=0.5}' at 'routingConfig.additionalVersionWeights' failed to satisfy constraint: Map keys must satisfy constraint: [Member must have length less than or equal to 1024, Member must have length greater than or equal to 1, Member must satisfy regular expression pattern: [0-9]+]",
      ],
      [
        'missing additional version',
        (w) =>
          w.lambda.createAlias({
            FunctionName: 'my-fn',
            Name: 'a',
            FunctionVersion: '1',
            RoutingConfig: weights({ '10': 0.5 }),
          }),
        'ResourceNotFoundException',
        404,
        `Function not found: ${ARN}:my-fn:10`,
      ],
      [
        'missing primary version',
        (w) => w.lambda.createAlias({ FunctionName: 'my-fn', Name: 'a', FunctionVersion: '10' }),
        'ResourceNotFoundException',
        404,
        `Function not found: ${ARN}:my-fn:10`,
      ],
      [
        'missing function',
        (w) => w.lambda.createAlias({ FunctionName: 'other', Name: 'a', FunctionVersion: '1' }),
        'ResourceNotFoundException',
        404,
        `Function not found: ${ARN}:other:1`,
      ],
    ];
    it.each(cases)('%s', (_label, call, name, status, message) => {
      const w = newWorld();
      threeVersions(w);
      const e = thrown(() => call(w));
      expect([e.name, e.$metadata.httpStatusCode, e.message]).toEqual([name, status, message]);
    });

    it('checks the count before the range, as AWS/LocalStack do', () => {
      const w = newWorld();
      threeVersions(w);
      const e = thrown(() =>
        w.lambda.createAlias({
          FunctionName: 'my-fn',
          Name: 'a',
          FunctionVersion: '1',
          RoutingConfig: weights({ '2': 5, '3': 5 }),
        }),
      );
      expect(e.message).toBe('Number of items in AdditionalVersionWeights cannot be greater than 1');
    });

    it('requires both versions to use the same execution role', () => {
      const w = newWorld();
      createFn(w, 'my-fn', {}, { Publish: true });
      w.lambda.updateFunctionConfiguration({ FunctionName: 'my-fn', Role: OTHER_ROLE });
      waitUntilFunctionReady(w, 'my-fn');
      w.lambda.publishVersion({ FunctionName: 'my-fn' });
      const e = thrown(() =>
        w.lambda.createAlias({
          FunctionName: 'my-fn',
          Name: 'a',
          FunctionVersion: '1',
          RoutingConfig: weights({ '2': 0.1 }),
        }),
      );
      expect([e.name, e.message]).toEqual([
        'InvalidParameterValueException',
        'Specified versions must be associated with the same execution role',
      ]);
    });

    it('requires both versions to have the same dead-letter queue', () => {
      const w = newWorld();
      createFn(w, 'my-fn', {}, { Publish: true });
      w.lambda.updateFunctionConfiguration({
        FunctionName: 'my-fn',
        DeadLetterConfig: { TargetArn: 'arn:aws:sqs:us-east-1:123456789012:dlq' },
      });
      waitUntilFunctionReady(w, 'my-fn');
      w.lambda.publishVersion({ FunctionName: 'my-fn' });
      expect(
        thrown(() =>
          w.lambda.createAlias({
            FunctionName: 'my-fn',
            Name: 'a',
            FunctionVersion: '1',
            RoutingConfig: weights({ '2': 0.1 }),
          }),
        ).name,
      ).toBe('InvalidParameterValueException');
    });

    it('accepts weight 0 and weight exactly 1.0 (documented range 0.0–1.0)', () => {
      const w = newWorld();
      twoVersions(w);
      expect(
        w.lambda.createAlias({
          FunctionName: 'my-fn',
          Name: 'zero',
          FunctionVersion: '1',
          RoutingConfig: weights({ '2': 0 }),
        }).RoutingConfig,
      ).toEqual(weights({ '2': 0 }));
      expect(
        w.lambda.createAlias({
          FunctionName: 'my-fn',
          Name: 'one',
          FunctionVersion: '1',
          RoutingConfig: weights({ '2': 1 }),
        }).RoutingConfig,
      ).toEqual(weights({ '2': 1 }));
    });
  });

  describe('UpdateAlias', () => {
    it('changes RevisionId on every update, even a no-op', () => {
      const w = newWorld();
      twoVersions(w);
      const a = w.lambda.createAlias({ FunctionName: 'my-fn', Name: 'live', FunctionVersion: '1' });
      const b = w.lambda.updateAlias({ FunctionName: 'my-fn', Name: 'live' });
      expect(b.RevisionId).not.toBe(a.RevisionId);
      const e = thrown(() =>
        w.lambda.updateAlias({ FunctionName: 'my-fn', Name: 'live', RevisionId: a.RevisionId as string }),
      );
      expect([e.name, e.$metadata.httpStatusCode]).toEqual(['PreconditionFailedException', 412]);
    });

    it('keeps the weights when RoutingConfig is omitted and removes them with an empty map', () => {
      const w = newWorld();
      threeVersions(w);
      w.lambda.createAlias({
        FunctionName: 'my-fn',
        Name: 'live',
        FunctionVersion: '1',
        RoutingConfig: weights({ '2': 0.1 }),
      });
      expect(w.lambda.updateAlias({ FunctionName: 'my-fn', Name: 'live', Description: 'x' }).RoutingConfig).toEqual(
        weights({ '2': 0.1 }),
      );
      const promoted = w.lambda.updateAlias({
        FunctionName: 'my-fn',
        Name: 'live',
        FunctionVersion: '2',
        RoutingConfig: weights({}),
      });
      expect(promoted.FunctionVersion).toBe('2');
      expect('RoutingConfig' in promoted).toBe(false);
    });

    it('refuses moving FunctionVersion onto the weighted version without clearing the map (INF)', () => {
      const w = newWorld();
      twoVersions(w);
      w.lambda.createAlias({
        FunctionName: 'my-fn',
        Name: 'live',
        FunctionVersion: '1',
        RoutingConfig: weights({ '2': 0.1 }),
      });
      const e = thrown(() => w.lambda.updateAlias({ FunctionName: 'my-fn', Name: 'live', FunctionVersion: '2' }));
      expect(e.message).toBe(
        'Invalid function version 2. Function version 2 is already included in routing configuration.',
      );
    });

    it('reports an unknown alias with "Cannot find alias arn"', () => {
      const w = newWorld();
      twoVersions(w);
      const e = thrown(() => w.lambda.getAlias({ FunctionName: 'my-fn', Name: 'nope' }));
      expect([e.name, e.$metadata.httpStatusCode, e.message]).toEqual([
        'ResourceNotFoundException',
        404,
        `Cannot find alias arn: ${ARN}:my-fn:nope`,
      ]);
      // UpdateAlias words it "Alias not found" (recorded AWS response).
      expect(
        thrown(() => w.lambda.updateAlias({ FunctionName: 'my-fn', Name: 'nope', FunctionVersion: '1' })).message,
      ).toBe(`Alias not found: ${ARN}:my-fn:nope`);
    });
  });

  it('lists aliases and filters by primary FunctionVersion', () => {
    const w = newWorld();
    twoVersions(w);
    w.lambda.createAlias({ FunctionName: 'my-fn', Name: 'live', FunctionVersion: '1' });
    w.lambda.createAlias({ FunctionName: 'my-fn', Name: 'beta', FunctionVersion: '2' });
    expect(w.lambda.listAliases({ FunctionName: 'my-fn' }).Aliases.map((a) => a.Name)).toEqual(['beta', 'live']);
    expect(w.lambda.listAliases({ FunctionName: 'my-fn', FunctionVersion: '1' }).Aliases.map((a) => a.Name)).toEqual([
      'live',
    ]);
  });

  it('deletes an alias; later GetAlias fails', () => {
    const w = newWorld();
    twoVersions(w);
    w.lambda.createAlias({ FunctionName: 'my-fn', Name: 'live', FunctionVersion: '1' });
    w.lambda.deleteAlias({ FunctionName: 'my-fn', Name: 'live' });
    expect(thrown(() => w.lambda.getAlias({ FunctionName: 'my-fn', Name: 'live' })).name).toBe(
      'ResourceNotFoundException',
    );
  });
});
