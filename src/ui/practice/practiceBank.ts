/**
 * The practice bank built from the whole bundled question bank in one step, for code that has it loaded
 * already (tests, build tools). The app loads it through practiceLoader.ts, file by file.
 */
import { loadQuestionBank, loadQuestionTemplates } from '../../content/questions';
import { buildPracticeBank, type PracticeBank } from './practiceBankBuild';

export { buildPracticeBank, type PracticeBank } from './practiceBankBuild';

let cached: PracticeBank | undefined;

/** The bank, validated once per page load. */
export function practiceBank(): PracticeBank {
  cached ??= buildPracticeBank(loadQuestionBank(), loadQuestionTemplates());
  return cached;
}
