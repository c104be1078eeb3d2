/**
 * What the Results screen shows for a submitted exam: the score, a per-topic breakdown (blank answers
 * count as wrong, as on the real exam) and the time spent on each question.
 */
import type { Question } from '../../content/questions';
import { QUESTION_TOPICS } from '../../content/notesIds';
import type { AttemptRecord, ExamSessionRecord } from '../../store';
import { withOptionOrder } from './optionOrder';
import { EXAM_DOMAINS } from './examDomains';
import { topicTitle } from './questionSelection';
import type { TopicScore } from './topicChart';

export interface QuestionResult {
  index: number;
  questionId: string;
  question: Question | undefined;
  chosen: string[];
  correct: boolean;
  blank: boolean;
  durationMs: number;
}

export interface ExamSummary {
  correct: number;
  total: number;
  share: number;
  passed: boolean;
  topics: TopicScore[];
  /** The same answers grouped by DOP-C02 exam domain (our filing of topics, readiness.ts). */
  domains: { name: string; correct: number; total: number }[];
  questions: QuestionResult[];
  totalTimeMs: number;
  /** Mean time on answered questions, for comparison with the 2.4-minute pace. */
  meanAnsweredMs: number;
}

export function summariseExam(
  session: ExamSessionRecord,
  attempts: readonly AttemptRecord[],
  byId: (id: string) => Question | undefined,
): ExamSummary {
  const attemptOf = new Map(attempts.map((a) => [a.itemId, a]));
  const answerOf = new Map(session.answers.map((a) => [a.questionId, a]));
  const questions = session.questionIds.map((questionId, index) => {
    const attempt = attemptOf.get(questionId);
    const answer = answerOf.get(questionId);
    const question = byId(questionId);
    const chosen = attempt?.chosenOptionIds ?? answer?.chosenOptionIds ?? [];
    return {
      index,
      questionId,
      // In the order the learner saw during the exam.
      question: question && withOptionOrder(question, session.optionSeed),
      chosen: [...chosen],
      correct: attempt?.correct ?? false,
      blank: chosen.length === 0,
      durationMs: attempt?.durationMs ?? answer?.durationMs ?? 0,
    };
  });
  const correct = questions.filter((q) => q.correct).length;
  const total = questions.length;
  const share = total ? correct / total : 0;
  const topics = QUESTION_TOPICS.map((topic) => {
    const inTopic = questions.filter((q) => q.question?.topic === topic);
    return { topic, label: topicTitle(topic), correct: inTopic.filter((q) => q.correct).length, total: inTopic.length };
  }).filter((t) => t.total > 0);
  const domains = EXAM_DOMAINS.map((d) => {
    const inDomain = questions.filter((q) => q.question && (d.topics as readonly string[]).includes(q.question.topic));
    return { name: d.name, correct: inDomain.filter((q) => q.correct).length, total: inDomain.length };
  }).filter((d) => d.total > 0);
  const answered = questions.filter((q) => !q.blank);
  const totalTimeMs = questions.reduce((s, q) => s + q.durationMs, 0);
  return {
    correct,
    total,
    share,
    passed: share >= session.settings.passMark,
    topics,
    domains,
    questions,
    totalTimeMs,
    meanAnsweredMs: answered.length ? answered.reduce((s, q) => s + q.durationMs, 0) / answered.length : 0,
  };
}
