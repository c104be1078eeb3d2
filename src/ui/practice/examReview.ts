/** The exam's review screen: which questions are answered, flagged or still blank. */
import type { ExamSessionRecord } from '../../store';

export type ReviewState = 'answered' | 'blank';

export interface ReviewRow {
  index: number;
  questionId: string;
  state: ReviewState;
  flagged: boolean;
  chosen: string[];
}

export function reviewRows(
  session: Pick<ExamSessionRecord, 'questionIds' | 'answers' | 'flaggedQuestionIds'>,
): ReviewRow[] {
  const answers = new Map(session.answers.map((a) => [a.questionId, a.chosenOptionIds]));
  const flagged = new Set(session.flaggedQuestionIds);
  return session.questionIds.map((questionId, index) => {
    const chosen = answers.get(questionId) ?? [];
    // A cleared answer is saved as an empty choice: it is blank again.
    return {
      index,
      questionId,
      state: chosen.length > 0 ? 'answered' : 'blank',
      flagged: flagged.has(questionId),
      chosen: [...chosen],
    };
  });
}

export interface ReviewCounts {
  answered: number;
  blank: number;
  flagged: number;
}

export function reviewCounts(rows: readonly ReviewRow[]): ReviewCounts {
  return {
    answered: rows.filter((r) => r.state === 'answered').length,
    blank: rows.filter((r) => r.state === 'blank').length,
    flagged: rows.filter((r) => r.flagged).length,
  };
}
