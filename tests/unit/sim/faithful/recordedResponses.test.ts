/**
 * Issue 16, "Recorded responses that differ": messages and fields as real AWS returns them (LocalStack keeps
 * such recordings as *.snapshot.json beside its Lambda and CloudWatch tests).
 */
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../../src/sim/world';
import { ARN, createFn, newWorld, thrown, twoVersions } from '../lambda/helpers';
import { aliasDims, errorsAlarm, fnDims, runMinutes } from '../cloudwatch/helpers';

const MINUTE = 60_000;

describe('Lambda not-found messages and ARNs', () => {
  it('UpdateAlias on a missing alias: "Alias not found: <alias arn>" (GetAlias says "Cannot find alias arn")', () => {
    const w = newWorld();
    twoVersions(w);
    expect(
      thrown(() => w.lambda.updateAlias({ FunctionName: 'my-fn', Name: 'gone', FunctionVersion: '1' })),
    ).toMatchObject({ name: 'ResourceNotFoundException', message: `Alias not found: ${ARN}:my-fn:gone` });
  });

  it('PutFunctionConcurrency and Invoke on a missing function name <function arn>:$LATEST', () => {
    const w = newWorld();
    expect(
      thrown(() => w.lambda.putFunctionConcurrency({ FunctionName: 'nope', ReservedConcurrentExecutions: 1 })).message,
    ).toBe(`Function not found: ${ARN}:nope:$LATEST`);
    expect(thrown(() => w.lambda.invoke({ FunctionName: 'nope' })).message).toBe(
      `Function not found: ${ARN}:nope:$LATEST`,
    );
  });

  it('DeleteFunction with a qualifier on a missing function names the unqualified ARN', () => {
    const w = newWorld();
    expect(thrown(() => w.lambda.deleteFunction({ FunctionName: 'nope', Qualifier: '1' })).message).toBe(
      `Function not found: ${ARN}:nope`,
    );
  });

  it('DeleteFunction of $LATEST is InvalidParameterValueException', () => {
    const w = newWorld();
    createFn(w);
    expect(thrown(() => w.lambda.deleteFunction({ FunctionName: 'my-fn', Qualifier: '$LATEST' }))).toMatchObject({
      name: 'InvalidParameterValueException',
      message: expect.stringMatching(/^\$LATEST version cannot be deleted/),
    });
  });

  it('CreateFunction with Publish=true returns the unqualified FunctionArn and Version 1', () => {
    const w = newWorld();
    const out = createFn(w, 'my-fn', {}, { Publish: true });
    expect(out.FunctionArn).toBe(`${ARN}:my-fn`);
    expect(out.Version).toBe('1');
  });
});

describe('GetMetricStatistics datapoint limit', () => {
  // "The maximum number of data points returned from a single call is 1,440."
  // https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricStatistics.html
  const stats = (world: ReturnType<typeof createWorld>, start: number, end: number) =>
    world.cloudwatch.getMetricStatistics({
      Namespace: 'AWS/Lambda',
      MetricName: 'Errors',
      StartTime: start,
      EndTime: end,
      Period: 60,
      Statistics: ['Sum'],
    });

  it('a day at 60 s from an unaligned start is 1440 datapoints, which is allowed', () => {
    const world = createWorld({ seed: 1 });
    const start = world.clock.now() + 30_000;
    expect(() => stats(world, start, start + 1440 * MINUTE)).not.toThrow();
  });

  it('one more is refused, with plain numbers in the message', () => {
    const world = createWorld({ seed: 1 });
    const start = world.clock.now();
    expect(() => stats(world, start, start + 1441 * MINUTE)).toThrow(
      'You have requested up to 1441 datapoints, which exceeds the limit of 1440.',
    );
  });
});

describe('alarm StateReason and StateReasonData as CloudWatch writes them', () => {
  it('all-missing breaching data: the reason ends at "treated as [Breaching]." with no minimum tail', () => {
    const world = createWorld({ seed: 1 });
    world.cloudwatch.putMetricAlarm(
      errorsAlarm('e', fnDims('idle'), { TreatMissingData: 'breaching', EvaluationPeriods: 3 }),
    );
    world.advance(10_000);
    expect(world.cloudwatch.describeAlarms({}).MetricAlarms[0]!.StateReason).toMatch(/treated as \[Breaching\]\.$/);
  });

  it('a one-period alarm: "1 datapoint [v (t)] was greater than or equal to the threshold (5.0)." and unit in StateReasonData', () => {
    const world = createWorld({ seed: 1 });
    world.cloudwatch.putMetricAlarm(errorsAlarm('one', aliasDims('orders', 'live')));
    runMinutes(world, 'Errors', aliasDims('orders', 'live'), [7]);
    const [alarm] = world.cloudwatch.describeAlarms({}).MetricAlarms;
    expect(alarm!.StateReason).toMatch(
      /^Threshold Crossed: 1 datapoint \[7\.0 \([0-9/: ]+\)\] was greater than or equal to the threshold \(5\.0\)\.$/,
    );
    expect(JSON.parse(alarm!.StateReasonData!)).toMatchObject({ unit: 'Count', evaluatedDatapoints: [{ value: 7 }] });
  });
});
