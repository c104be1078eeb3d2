// The shared identifiers of /work/briefs/ids.md. Notes may only link scenarios and tags listed here,
// so a typo in a note fails validation instead of producing a dead "Try it" button.

export const SCENARIO_IDS = [
  'latest-wiring',
  'hook-never-reports',
  'hook-reports-failed',
  'pc-on-old-version',
  'pc-on-alias',
  'alarm-wrong-dimension',
  'all-at-once-bad-version',
  'slow-bug-canary-vs-linear',
  'function-wide-alarm-noise',
  'stop-without-rollback',
  'second-deployment-limit',
  'sam-first-deploy',
  'sam-timeout-only-change',
  'manual-canary-update-alias',
  'rollback-is-new-deployment',
  'custom-linear-config',
  'inflight-during-alias-switch',
  'weighted-alias-validation',
] as const;

export type ScenarioId = (typeof SCENARIO_IDS)[number];

export const QUESTION_TOPICS = [
  'versions-aliases',
  'weighted-routing',
  'codedeploy-configs',
  'sam-cloudformation',
  'hooks',
  'alarms-rollback',
  'provisioned-concurrency',
  'metrics',
  'pipeline-design',
  'traps',
  // Issue 15 item 4: the rest of the deployment domain around Lambda releases.
  'codepipeline-actions',
  'cfn-rollback',
  'api-gateway-canary',
  'pc-auto-scaling',
  'deployment-events',
  'artifact-versions',
  'cdk-appconfig',
  'routing-beyond-aliases',
] as const;

export type QuestionTopic = (typeof QUESTION_TOPICS)[number];

/** Note ids that other content (the question bank) links to; each must exist. */
export const REQUIRED_NOTE_IDS = [
  'why-lambda-deployment-differs',
  'versions-and-latest',
  'aliases-and-weighted-routing',
  'codedeploy-lambda-configurations',
  'custom-deployment-configurations',
  'sam-autopublishalias',
  'sam-deploymentpreference',
  'raw-cloudformation-codedeploy',
  'lifecycle-hooks',
  'alarms-and-rollback',
  'stopping-deployments',
  'provisioned-concurrency-and-deployments',
  'lambda-metrics-and-dimensions',
  'choosing-a-deployment-method',
  'canonical-pipeline',
  'common-traps',
  'deployment-faq',
  // Issue 15 item 4 notes
  'codepipeline-deploy-actions',
  'cloudformation-rollback',
  'api-gateway-canary-releases',
  'provisioned-concurrency-auto-scaling',
  'deployment-events-and-notifications',
  'versions-of-related-artifacts',
  'cdk-and-appconfig-deployments',
  'step-functions-alb-and-function-urls',
] as const;
