import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../../src/sim/cli';
import { labWorld } from '../cli/labWorld';

// Command names and flags as the AWS CLI v2 reference spells them, e.g.
// https://awscli.amazonaws.com/v2/documentation/api/latest/reference/cloudwatch/put-composite-alarm.html
describe('aws cloudwatch: percentile, composite and actions commands', () => {
  it('creates a p99 alarm and a composite alarm over it, finds it by metric, and switches its actions', async () => {
    const { world } = await labWorld();
    const run = async (line: string) => {
      const r = await runCommand(world, line);
      expect(r.stderr, line).toBe('');
      expect(r.exitCode, line).toBe(0);
      return r.stdout;
    };
    await run(
      'aws cloudwatch put-metric-alarm --alarm-name orders-live-p99 --namespace AWS/Lambda --metric-name Duration --dimensions Name=FunctionName,Value=orders Name=Resource,Value=orders:live --extended-statistic p99 --period 60 --evaluation-periods 1 --threshold 500 --comparison-operator GreaterThanThreshold',
    );
    await run(
      'aws cloudwatch put-composite-alarm --alarm-name orders-live-health --alarm-rule "ALARM(orders-live-errors) OR ALARM(orders-live-p99)"',
    );
    expect(
      await run(
        'aws cloudwatch describe-alarms --alarm-types CompositeAlarm --query "CompositeAlarms[0].[AlarmName,StateValue]" --output text',
      ),
    ).toBe('orders-live-health\tOK\n');
    expect(
      await run(
        'aws cloudwatch describe-alarms-for-metric --namespace AWS/Lambda --metric-name Duration --query "MetricAlarms[].[AlarmName,ExtendedStatistic]" --output text',
      ),
    ).toBe('orders-live-p99\tp99\n');
    await run('aws cloudwatch disable-alarm-actions --alarm-names orders-live-p99 orders-live-health');
    expect(
      await run(
        'aws cloudwatch describe-alarms --alarm-names orders-live-p99 --query "MetricAlarms[0].ActionsEnabled" --output text',
      ),
    ).toBe('False\n');
    await run('aws cloudwatch enable-alarm-actions --alarm-names orders-live-p99');
    await run(
      'aws cloudwatch set-alarm-state --alarm-name orders-live-p99 --state-value ALARM --state-reason "testing the composite"',
    );
    expect(
      await run(
        'aws cloudwatch describe-alarms --alarm-names orders-live-health --alarm-types CompositeAlarm --query "CompositeAlarms[0].StateValue" --output text',
      ),
    ).toBe('ALARM\n');
  });

  it('a composite rule naming a missing alarm fails with the CLI error line', async () => {
    const { world } = await labWorld();
    const r = await runCommand(world, 'aws cloudwatch put-composite-alarm --alarm-name h --alarm-rule "ALARM(ghost)"');
    expect(r.exitCode).toBe(254);
    expect(r.stderr).toMatch(
      /An error occurred \(ValidationError\) when calling the PutCompositeAlarm operation: Could not save the composite alarm as alarms \[ghost\]/,
    );
  });
});
