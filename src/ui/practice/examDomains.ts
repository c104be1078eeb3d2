/**
 * DOP-C02's content domains and their published weights (SDLC Automation 22 %, Configuration
 * Management and IaC 17 %, Resilient Cloud Solutions 15 %, Monitoring and Logging 15 %, Incident and
 * Event Response 14 %, Security and Compliance 17 %), with our question topics filed under them.
 * https://docs.aws.amazon.com/aws-certification/latest/devops-engineer-pro-02/devops-engineer-pro-02.html
 *
 * AWS publishes domain weights, not topic weights. Where a topic belongs is our judgement (each topic
 * goes under the domain it serves most), and each topic takes an equal share of its domain's weight.
 * Security and Compliance has no topic here: the app does not practise it, so every figure built on
 * these weights (the mock exam's draw, the readiness estimate) speaks for the other 83 % of the exam.
 * One filing serves the draw, the results breakdown and the readiness estimate, so they cannot disagree.
 */
import type { QuestionTopic } from '../../content/questionsSchema';

export interface ExamDomain {
  name: string;
  weight: number;
  topics: QuestionTopic[];
}

export const EXAM_DOMAINS: readonly ExamDomain[] = [
  {
    name: 'SDLC Automation',
    weight: 0.22,
    topics: [
      'versions-aliases',
      'weighted-routing',
      'codedeploy-configs',
      'hooks',
      'pipeline-design',
      'traps',
      'codepipeline-actions',
      'api-gateway-canary',
      'artifact-versions',
      'routing-beyond-aliases',
    ],
  },
  {
    name: 'Configuration Management and IaC',
    weight: 0.17,
    topics: ['sam-cloudformation', 'cfn-rollback', 'cdk-appconfig'],
  },
  { name: 'Resilient Cloud Solutions', weight: 0.15, topics: ['provisioned-concurrency', 'pc-auto-scaling'] },
  { name: 'Monitoring and Logging', weight: 0.15, topics: ['metrics'] },
  { name: 'Incident and Event Response', weight: 0.14, topics: ['alarms-rollback', 'deployment-events'] },
  { name: 'Security and Compliance', weight: 0.17, topics: [] },
];

/** Weight of each topic in the whole exam (sums to 0.83: security has no topic here). */
export const TOPIC_EXAM_WEIGHT: Readonly<Record<QuestionTopic, number>> = Object.fromEntries(
  EXAM_DOMAINS.flatMap((d) => d.topics.map((t) => [t, d.weight / d.topics.length])),
) as Record<QuestionTopic, number>;

/** The domain a topic is filed under, or undefined for a topic this filing does not know. */
export const domainOfTopic = (topic: string): ExamDomain | undefined =>
  EXAM_DOMAINS.find((d) => (d.topics as readonly string[]).includes(topic));
