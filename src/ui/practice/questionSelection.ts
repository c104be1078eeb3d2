/**
 * Which questions a drill or an exam shows. Seeded, so a given seed always gives the same set (tests,
 * and an exam resumed after a reload reads its question ids from the store anyway).
 */
import type { Question } from '../../content/questions';
import { QUESTION_TOPICS, SCENARIO_IDS, type QuestionTopic } from '../../content/questionsSchema';
import { createRng } from '../../sim/core/rng';

export type DrillFilter =
  { kind: 'topic'; topic: QuestionTopic } | { kind: 'trap'; trap: string } | { kind: 'all' } | { kind: 'api' };

/** Exam practice (scenario-style items); API-drill recall items are practised only in the API drill. */
export const isExamPractice = (question: Question): boolean => question.practice !== 'api-drill';

export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const rng = createRng(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export function matchesFilter(question: Question, filter: DrillFilter): boolean {
  if (filter.kind === 'api') return !isExamPractice(question);
  if (!isExamPractice(question)) return false;
  if (filter.kind === 'all') return true;
  if (filter.kind === 'topic') return question.topic === filter.topic;
  return question.tags.includes(filter.trap);
}

/** Reads ?topic= or ?trap= from the URL; anything unknown means "all". */
export function filterFromQuery(query: URLSearchParams): DrillFilter {
  if (query.get('set') === 'api') return { kind: 'api' };
  const topic = query.get('topic');
  if (topic && (QUESTION_TOPICS as readonly string[]).includes(topic))
    return { kind: 'topic', topic: topic as QuestionTopic };
  const trap = query.get('trap');
  if (trap && (SCENARIO_IDS as readonly string[]).includes(trap)) return { kind: 'trap', trap };
  return { kind: 'all' };
}

export function drillQuestions(bank: readonly Question[], filter: DrillFilter, seed: number): Question[] {
  return seededShuffle(
    bank.filter((q) => matchesFilter(q, filter)),
    seed,
  );
}

/**
 * An exam of `count` questions spread evenly over the chosen topics: topics take turns (in a shuffled
 * order) so a 10-question exam does not come out as seven hooks questions.
 */
export function pickExamQuestions(
  bank: readonly Question[],
  count: number,
  seed: number,
  topics: readonly string[] = QUESTION_TOPICS,
): Question[] {
  const byTopic = new Map<string, Question[]>();
  for (const topic of seededShuffle(topics, seed)) byTopic.set(topic, []);
  for (const q of seededShuffle(bank.filter(isExamPractice), seed + 1)) byTopic.get(q.topic)?.push(q);
  const picked: Question[] = [];
  const queues = [...byTopic.values()].filter((qs) => qs.length > 0);
  while (picked.length < count && queues.some((qs) => qs.length > 0)) {
    for (const queue of queues) {
      const next = queue.shift();
      if (next && picked.length < count) picked.push(next);
    }
  }
  return seededShuffle(picked, seed + 2);
}

/** Trap tags that at least one question carries, in ids.md order. */
export const trapTagsInBank = (bank: readonly Question[]): string[] =>
  SCENARIO_IDS.filter((id) => bank.some((q) => q.tags.includes(id)));

const TOPIC_TITLES: Record<QuestionTopic, string> = {
  'versions-aliases': 'Versions and aliases',
  'weighted-routing': 'Weighted alias routing',
  'codedeploy-configs': 'CodeDeploy configurations',
  'sam-cloudformation': 'SAM and CloudFormation',
  hooks: 'Lifecycle hooks',
  'alarms-rollback': 'Alarms and rollback',
  'provisioned-concurrency': 'Provisioned concurrency',
  metrics: 'Lambda metrics',
  'pipeline-design': 'Pipeline design',
  traps: 'Common traps',
  'codepipeline-actions': 'CodePipeline deploy actions',
  'cfn-rollback': 'CloudFormation rollback',
  'api-gateway-canary': 'API Gateway canaries',
  'pc-auto-scaling': 'Provisioned concurrency auto scaling',
  'deployment-events': 'Deployment events and notifications',
  'artifact-versions': 'Versions of related artifacts',
  'cdk-appconfig': 'CDK and AppConfig',
  'routing-beyond-aliases': 'Step Functions, ALB and function URLs',
};
export const topicTitle = (topic: string): string => TOPIC_TITLES[topic as QuestionTopic] ?? topic;

/** "hook-never-reports" → "Hook never reports". */
export const trapTitle = (trap: string): string => {
  const words = trap.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};
