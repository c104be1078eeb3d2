// What Practice's views other than its home and the drill need: the components that show questions,
// exams and past answers (with their charts). Loaded with the bank through practiceLoader.ts, so the
// Practice home and the drill paint without them (issue 18).
export { drawMockExam } from './mockExam';
export { default as AttemptsReview } from './AttemptsReview.svelte';
export { default as DrillView } from './DrillView.svelte';
export { default as ExamResults } from './ExamResults.svelte';
export { default as ExamRunner } from './ExamRunner.svelte';
export { default as ExamSetup } from './ExamSetup.svelte';
