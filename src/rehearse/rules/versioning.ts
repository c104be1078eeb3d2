import { intrinsicName } from '../../sim/sam/intrinsics';
import type { Finding, StackModel } from '../model';
import { minutesUntilFullShift } from '../routing';
import { finding, type Rule } from './support';

/**
 * AutoPublishCodeSha256 replaces the hash SAM computes over the code, Environment and MemorySize to
 * decide whether to publish a new version. A fixed string means those changes no longer publish one:
 * the alias keeps serving the old version and no deployment runs.
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html#sam-function-autopublishcodesha256
 */
export const codeShaRule: Rule = {
  id: 'version.code-sha256-freezes',
  title: 'AutoPublishCodeSha256 freezes releases',
  docs: 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html#sam-function-autopublishcodesha256',
  check(model: StackModel): Finding[] {
    return model.functions
      .filter(
        (f) =>
          f.kind === 'sam' &&
          typeof f.raw.AutoPublishCodeSha256 === 'string' &&
          !intrinsicName(f.raw.AutoPublishCodeSha256),
      )
      .map((f) => {
        const own = model.ownProperties(f.logicalId).AutoPublishCodeSha256 !== undefined;
        return finding(
          model,
          codeShaRule,
          'medium',
          f.logicalId,
          `${f.logicalId} fixes AutoPublishCodeSha256 to a constant: SAM uses it instead of hashing the code, environment and memory, so changing those no longer publishes a version and no deployment protects the change.`,
          'Remove AutoPublishCodeSha256 (or set it from a parameter that your pipeline changes with every build).',
          own
            ? {
                label: 'Remove AutoPublishCodeSha256',
                operations: [{ op: 'delete', path: ['Resources', f.logicalId, 'Properties', 'AutoPublishCodeSha256'] }],
              }
            : undefined,
        );
      });
  },
};

/**
 * Custom Lambda configurations: the percentage moved per shift is 1–99, intervals are whole minutes,
 * and the first-to-last shift may span at most 2,880 minutes; names may not start with CodeDeployDefault.
 * https://docs.aws.amazon.com/codedeploy/latest/userguide/limits.html
 */
export const customConfigRule: Rule = {
  id: 'config.over-limits',
  title: 'Custom deployment configuration over the limits',
  docs: 'https://docs.aws.amazon.com/codedeploy/latest/userguide/limits.html',
  check(model: StackModel): Finding[] {
    const out: Finding[] = [];
    for (const [id, r] of Object.entries(model.resolved)) {
      if (r.type !== 'AWS::CodeDeploy::DeploymentConfig') continue;
      const problems: string[] = [];
      const name = r.properties.DeploymentConfigName;
      if (typeof name === 'string' && name.startsWith('CodeDeployDefault.'))
        problems.push('its name starts with CodeDeployDefault., a prefix AWS reserves');
      const trc = r.properties.TrafficRoutingConfig as Record<string, Record<string, unknown> | string> | undefined;
      const part =
        trc?.Type === 'TimeBasedCanary'
          ? trc.TimeBasedCanary
          : trc?.Type === 'TimeBasedLinear'
            ? trc.TimeBasedLinear
            : undefined;
      if (part && typeof part === 'object') {
        const pct = Number(part.CanaryPercentage ?? part.LinearPercentage);
        const interval = Number(part.CanaryInterval ?? part.LinearInterval);
        if (!Number.isInteger(pct) || pct < 1 || pct > 99)
          problems.push(`it moves ${String(pct)}% per shift (allowed: 1–99)`);
        if (!Number.isInteger(interval) || interval < 1)
          problems.push(`its interval is ${String(interval)} (whole minutes, at least 1)`);
        else if (Number.isInteger(pct) && pct >= 1 && pct <= 99) {
          const span = minutesUntilFullShift(
            trc?.Type === 'TimeBasedCanary'
              ? { type: 'TimeBasedCanary', percentage: pct, intervalMinutes: interval }
              : { type: 'TimeBasedLinear', percentage: pct, intervalMinutes: interval },
          );
          if (span > 2880) problems.push(`its shifts span ${span} minutes (at most 2,880)`);
        }
      }
      if (problems.length > 0)
        out.push(
          finding(
            model,
            customConfigRule,
            'medium',
            id,
            `Deployment configuration ${id} is outside CodeDeploy's limits: ${problems.join('; ')}. CloudFormation will fail to create it and roll the stack back.`,
            'Keep the percentage between 1 and 99, intervals in whole minutes, and the whole schedule within 48 hours.',
          ),
        );
    }
    return out;
  },
};
