import { isRecord } from '../../sim/sam/intrinsics';
import type { Finding, StackModel } from '../model';
import { finding, type Rule } from './support';

/**
 * Provisioned concurrency belongs on the alias callers use: on a version it stays behind when the
 * alias moves to the next release, and on a weighted alias it is split between the versions by
 * weight, so the share each version gets fluctuates.
 * https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html
 */
export const provisionedConcurrencyRule: Rule = {
  id: 'provisioned-concurrency.not-on-alias',
  title: 'Provisioned concurrency on a version or a weighted alias',
  docs: 'https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html',
  check(model: StackModel): Finding[] {
    const out: Finding[] = [];
    for (const [id, r] of Object.entries(model.resolved)) {
      if (!isRecord(r.properties.ProvisionedConcurrencyConfig)) continue;
      if (r.type === 'AWS::Lambda::Version')
        out.push(
          finding(
            model,
            provisionedConcurrencyRule,
            'medium',
            id,
            `${id} puts provisioned concurrency on a version: when the next release moves the alias, the warm environments stay with the old version and callers meet cold starts.`,
            'Move ProvisionedConcurrencyConfig to the alias (with SAM: set it on the function with AutoPublishAlias).',
          ),
        );
      const weights = isRecord(r.properties.RoutingConfig)
        ? r.properties.RoutingConfig.AdditionalVersionWeights
        : undefined;
      if (r.type === 'AWS::Lambda::Alias' && Array.isArray(weights) && weights.length > 0)
        out.push(
          finding(
            model,
            provisionedConcurrencyRule,
            'medium',
            id,
            `${id} is a weighted alias with provisioned concurrency: Lambda splits the warm environments between its versions by weight, so neither version gets all of them.`,
            'Keep the alias on one version between deployments (remove RoutingConfig) and let CodeDeploy do the weighting during a release.',
          ),
        );
    }
    return out;
  },
};
