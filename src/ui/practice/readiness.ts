/**
 * A readiness estimate the learner can check by hand: recent accuracy per topic, weighted by how much
 * of DOP-C02 each topic belongs to. AWS publishes domain weights (SDLC Automation 22 %, Configuration
 * Management and IaC 17 %, Resilient Cloud Solutions 15 %, Monitoring and Logging 15 %, Incident and
 * Event Response 14 %, Security and Compliance 17 %), not topic weights, so each topic takes an equal
 * share of the domain we file it under. Security is not practised here, so the estimate covers the
 * other 83 % of the exam and says so.
 * https://docs.aws.amazon.com/aws-certification/latest/examguides/devops-engineer-professional-02.html
 */
import { QUESTION_TOPICS, type QuestionTopic } from '../../content/questionsSchema';
import { APPROXIMATE_PASS_SHARE } from './examPacing';

interface Domain {
  name: string;
  weight: number;
  topics: QuestionTopic[];
}

/** Our filing of topics under the exam's domains (a judgement, stated in the UI). */
export const EXAM_DOMAINS: readonly Domain[] = [
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

/** How many of the most recent answers per topic count: old mistakes should stop weighing on the estimate. */
export const RECENT_PER_TOPIC = 10;

export interface AnswerFact {
  topic: string;
  correct: boolean;
  at: number;
}

export interface TopicAccuracy {
  topic: QuestionTopic;
  answers: number;
  correct: number;
  /** null when the topic has no answers yet. */
  accuracy: number | null;
  weight: number;
}

export type Confidence = 'none' | 'low' | 'medium' | 'high';

export interface Readiness {
  /** Weighted recent accuracy over the topics answered so far (0–1), or null with no answers. */
  estimate: number | null;
  /** Share of the practised exam weight (of 0.83) that has at least one answer. */
  coverage: number;
  confidence: Confidence;
  topics: TopicAccuracy[];
  answers: number;
  /** Plain-language basis, shown under the number. */
  basis: string[];
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;

export function estimateReadiness(facts: readonly AnswerFact[]): Readiness {
  const topics: TopicAccuracy[] = QUESTION_TOPICS.map((topic) => {
    const recent = facts
      .filter((f) => f.topic === topic)
      .sort((a, b) => b.at - a.at)
      .slice(0, RECENT_PER_TOPIC);
    const correct = recent.filter((f) => f.correct).length;
    return {
      topic,
      answers: recent.length,
      correct,
      accuracy: recent.length ? correct / recent.length : null,
      weight: TOPIC_EXAM_WEIGHT[topic],
    };
  });
  const practised = topics.reduce((s, t) => s + t.weight, 0);
  const answered = topics.filter((t) => t.accuracy !== null);
  const answeredWeight = answered.reduce((s, t) => s + t.weight, 0);
  const answers = answered.reduce((s, t) => s + t.answers, 0);
  const estimate = answered.length
    ? answered.reduce((s, t) => s + t.weight * (t.accuracy ?? 0), 0) / answeredWeight
    : null;
  const coverage = practised ? answeredWeight / practised : 0;
  const thin = answered.filter((t) => t.answers < 5).length;
  const confidence: Confidence =
    answers === 0
      ? 'none'
      : answers < 20 || coverage < 0.5
        ? 'low'
        : answers < 60 || coverage < 1 || thin > 0
          ? 'medium'
          : 'high';

  const basis = [
    `Your last ${RECENT_PER_TOPIC} answers (at most) in each topic, weighted by the DOP-C02 domain each topic belongs to (SDLC Automation ${pct(0.22)}, IaC ${pct(0.17)}, Resilience ${pct(0.15)}, Monitoring ${pct(0.15)}, Incident response ${pct(0.14)}).`,
    'Security and Compliance (17% of the exam) is not practised here, so the estimate speaks for the other 83%.',
  ];
  if (estimate !== null) {
    basis.push(
      `${pct(estimate)} against an approximate pass line of ${pct(APPROXIMATE_PASS_SHARE)} (AWS scores 750 of 1000 on a scaled score, not a fixed share of questions).`,
    );
  }
  if (confidence === 'none') basis.push('No answers yet: answer a few drills or a short exam first.');
  else if (confidence === 'low')
    basis.push(
      `Low confidence: only ${answers} recent answers covering ${pct(coverage)} of the practised weight. A few more answers can move this a lot.`,
    );
  else if (confidence === 'medium') {
    basis.push(
      coverage < 1
        ? `Medium confidence: some topics have no answers yet (${pct(coverage)} of the practised weight is covered).`
        : `Medium confidence: ${answers} recent answers; topics with fewer than 5 answers make it shaky.`,
    );
  } else
    basis.push(
      `High confidence for this app's questions: ${answers} recent answers across every topic. Real exam questions differ in wording and breadth.`,
    );
  return { estimate, coverage, confidence, topics, answers, basis };
}
