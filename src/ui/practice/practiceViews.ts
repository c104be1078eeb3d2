// What Practice's views other than its home need: the question bank and the components that show
// questions, exams and past answers (with their charts). Loaded together through practiceLoader.ts, so
// the Practice home paints without them (issue 18).
export { practiceBank } from './practiceBank';
export { drawMockExam } from './mockExam';
export { default as AttemptsReview } from './AttemptsReview.svelte';
export { default as DrillView } from './DrillView.svelte';
export { default as ExamResults } from './ExamResults.svelte';
export { default as ExamRunner } from './ExamRunner.svelte';
export { default as ExamSetup } from './ExamSetup.svelte';
