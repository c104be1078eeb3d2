/**
 * A readiness estimate the learner can check by hand: recent accuracy per topic, weighted by how much
 * of DOP-C02 each topic belongs to (examDomains.ts: AWS's domain weights, each split equally over the
 * topics we file under it). Security is not practised here, so the estimate covers the other 83 % of
 * the exam and says so.
 * https://docs.aws.amazon.com/aws-certification/latest/devops-engineer-pro-02/devops-engineer-pro-02.html
 */
import { QUESTION_TOPICS, type QuestionTopic } from '../../content/notesIds';
import { EXAM_DOMAINS, TOPIC_EXAM_WEIGHT } from './examDomains';
import { APPROXIMATE_PASS_SHARE } from './examPacing';

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
  /** Plain-language basis, shown under the number: what it counts, over which answers, what it ignores. */
  basis: BasisLine[];
}

export interface BasisLine {
  /** "What it counts", "Which answers", "How it is weighted", "What it ignores", "Result", "Confidence". */
  label: string;
  text: string;
}

/** What the caller read from the store, so the basis can say which answers it looked at. */
export interface ReadinessSource {
  /** The estimate reads at most this many of the most recent answers on this device. */
  readLimit: number;
  /** API-drill answers found among them and left out. */
  apiDrillIgnored: number;
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;

export function estimateReadiness(
  facts: readonly AnswerFact[],
  source: ReadinessSource = { readLimit: Infinity, apiDrillIgnored: 0 },
): Readiness {
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

  const practisedDomains = EXAM_DOMAINS.filter((d) => d.topics.length > 0);
  const unpractised = EXAM_DOMAINS.filter((d) => d.topics.length === 0);
  const unpractisedWeight = unpractised.reduce((s, d) => s + d.weight, 0);
  const readFrom = Number.isFinite(source.readLimit)
    ? `, taken from the last ${source.readLimit.toLocaleString('en')} answers stored on this device`
    : '';
  const basis: BasisLine[] = [
    {
      label: 'What it counts',
      text: 'Whether your answers to exam-style questions were right: in drills, reviews and submitted mock exams alike.',
    },
    {
      label: 'Which answers',
      text: `Your most recent ${RECENT_PER_TOPIC} answers in each topic${readFrom}: ${answers} ${answers === 1 ? 'answer' : 'answers'} counted now. Older answers stop weighing once a topic has ${RECENT_PER_TOPIC} newer ones.`,
    },
    {
      label: 'How it is weighted',
      text: `Each topic's accuracy counts by its share of DOP-C02: AWS's domain weights (${practisedDomains.map((d) => `${d.name} ${pct(d.weight)}`).join(', ')}), each split evenly over the topics we file under it. Topics you have not answered yet are left out, not counted as zero.`,
    },
    {
      label: 'What it ignores',
      text: [
        `API-drill recall answers${source.apiDrillIgnored ? ` (${source.apiDrillIgnored} of yours)` : ''}`,
        'exam questions left blank (no answer was given)',
        'how long you took',
        'how hard each question was',
        `and ${unpractised.map((d) => d.name).join(', ')} (${pct(unpractisedWeight)} of the exam, not practised here), so it speaks for the other ${pct(1 - unpractisedWeight)}.`,
      ].join(', '),
    },
  ];
  if (estimate !== null) {
    basis.push({
      label: 'Result',
      text: `${pct(estimate)} against an approximate pass line of ${pct(APPROXIMATE_PASS_SHARE)} (AWS scores 750 of 1000 on a scaled score, not a fixed share of questions).`,
    });
  }
  const confidenceText =
    confidence === 'none'
      ? 'No answers yet: answer a few drills or a short exam first.'
      : confidence === 'low'
        ? `Low confidence: only ${answers} recent answers covering ${pct(coverage)} of the practised weight. A few more answers can move this a lot.`
        : confidence === 'medium'
          ? coverage < 1
            ? `Medium confidence: some topics have no answers yet (${pct(coverage)} of the practised weight is covered).`
            : `Medium confidence: ${answers} recent answers; topics with fewer than 5 answers make it shaky.`
          : `High confidence for this app's questions: ${answers} recent answers across every topic. Real exam questions differ in wording and breadth.`;
  basis.push({ label: 'Confidence', text: confidenceText });
  return { estimate, coverage, confidence, topics, answers, basis };
}
