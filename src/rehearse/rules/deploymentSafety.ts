import type { Finding, StackModel } from '../model';
import { finding, tagged, type Rule } from './support';

/**
 * AllAtOnce moves every request to the new version in one step: there is no canary for an alarm
 * to catch, and the deployment is over before a one-minute alarm can fire.
 * https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations.html
 */
export const allAtOnceRule: Rule = {
  id: 'deployment.all-at-once',
  title: 'Traffic shifts all at once',
  docs: 'https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations.html',
  check(model: StackModel): Finding[] {
    return model.deployments
      .filter((d) => d.routing?.type === 'AllAtOnce')
      .map((d) =>
        finding(
          model,
          allAtOnceRule,
          'high',
          d.functionId,
          `${d.functionId} shifts its ${d.aliasName} alias with ${d.configName}: every caller gets the new version at the same moment, so a bad release reaches all users before any alarm can stop it.`,
          'Use a canary or linear configuration, for example Canary10Percent10Minutes, so a small share of traffic tries the release while the alarms watch.',
          d.configPath
            ? {
                label: `Set the deployment type to ${d.source === 'sam' ? 'Canary10Percent10Minutes' : 'CodeDeployDefault.LambdaCanary10Percent10Minutes'}`,
                operations: [
                  {
                    op: 'set',
                    path: d.configPath,
                    value:
                      d.source === 'sam'
                        ? 'Canary10Percent10Minutes'
                        : 'CodeDeployDefault.LambdaCanary10Percent10Minutes',
                  },
                ],
              }
            : undefined,
        ),
      );
  },
};

/**
 * CodeDeploy stops and rolls back a Lambda deployment only when one of the group's alarms goes to
 * ALARM; with no alarms a gradual deployment finishes on schedule whatever the errors.
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/automating-updates-to-serverless-apps.html
 */
export const noAlarmsRule: Rule = {
  id: 'deployment.no-alarms',
  title: 'Deployment without alarms',
  docs: 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/automating-updates-to-serverless-apps.html',
  check(model: StackModel): Finding[] {
    return model.deployments
      .filter((d) => d.alarmNames.length === 0)
      .map((d) => {
        const alarmId = `${d.functionId}AliasErrorsAlarm`;
        const canFix = d.source === 'sam' && d.preferencePath?.[0] === 'Resources' && !(alarmId in model.resolved);
        return finding(
          model,
          noAlarmsRule,
          'high',
          d.functionId,
          `${d.functionId}'s deployment watches no alarm: CodeDeploy will shift all traffic to a failing version on schedule and never roll back on its own.`,
          `Add a CloudWatch alarm on the ${d.aliasName} alias's Errors and list it under the deployment's Alarms.`,
          canFix
            ? {
                label: `Add an Errors alarm on ${d.functionId}:${d.aliasName} and watch it`,
                operations: [
                  {
                    op: 'set',
                    path: ['Resources', alarmId],
                    value: {
                      Type: 'AWS::CloudWatch::Alarm',
                      Properties: {
                        AlarmDescription: `Errors on ${d.functionId}'s ${d.aliasName} alias while CodeDeploy shifts traffic`,
                        Namespace: 'AWS/Lambda',
                        MetricName: 'Errors',
                        Dimensions: [
                          { Name: 'FunctionName', Value: tagged('!Ref', d.functionId) },
                          { Name: 'Resource', Value: tagged('!Sub', `\${${d.functionId}}:${d.aliasName}`) },
                        ],
                        Statistic: 'Sum',
                        Period: 60,
                        EvaluationPeriods: 1,
                        Threshold: 0,
                        ComparisonOperator: 'GreaterThanThreshold',
                      },
                    },
                  },
                  { op: 'set', path: [...d.preferencePath!, 'Alarms'], value: [tagged('!Ref', alarmId)] },
                ],
              }
            : undefined,
        );
      });
  },
};
