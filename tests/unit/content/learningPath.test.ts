// The learning path (content/path.yaml) may only point at content that exists, must place every
// scenario exactly once, and a broken file must fail with the file and field named.
import { describe, expect, it } from 'vitest';
import { learningPath, scenarioPlacement } from '../../../src/content/learningPath';
import { parseLearningPath } from '../../../src/content/learningPathSchema';
import { notes } from '../../../src/content/notes';
import { SCENARIO_IDS } from '../../../src/content/notesIds';
import { loadQuestionBank } from '../../../src/content/questions';
import { loadScenarios } from '../../../src/scenario/catalog';
import { contentTitles } from '../../../src/content/titles';

const noteIds = new Set(notes.map((n) => n.id));
const questionIds = new Set(loadQuestionBank().map((q) => q.id));

describe('the learning path in content/path.yaml', () => {
  it('reads only notes that exist', () => {
    for (const chapter of learningPath.chapters)
      for (const step of chapter.steps) if ('read' in step) expect(noteIds, chapter.id).toContain(step.read);
  });

  it('checks with questions that exist in the bank', () => {
    for (const chapter of learningPath.chapters)
      for (const step of chapter.steps)
        if ('check' in step) for (const id of step.check) expect(questionIds, chapter.id).toContain(id);
  });

  it('gives every chapter the read → scenario → check order', () => {
    for (const chapter of learningPath.chapters)
      expect(
        chapter.steps.map((s) => Object.keys(s)[0]),
        chapter.id,
      ).toEqual(['read', 'scenario', 'check']);
  });

  it('places all 18 scenarios once, each assuming notes that exist', () => {
    expect(learningPath.scenarios.map((s) => s.id).sort()).toEqual([...SCENARIO_IDS].sort());
    for (const s of learningPath.scenarios) for (const note of s.assumes) expect(noteIds, s.id).toContain(note);
  });

  it('assumes at least the note each scenario file names as its own', () => {
    for (const scenario of loadScenarios()) expect(scenarioPlacement(scenario.id)?.assumes).toContain(scenario.note);
  });

  it('numbers scenarios from 1 in list order', () => {
    expect(scenarioPlacement('latest-wiring')?.order).toBe(1);
    expect(scenarioPlacement('no-such-scenario')).toBeUndefined();
  });
});

describe('parseLearningPath', () => {
  const file = '/content/path.yaml';
  it('names the file and field of a step that is none of read, scenario or check', () => {
    const raw = `chapters:\n  - id: a\n    title: Abc\n    summary: Long enough text\n    steps:\n      - watch: latest-wiring\nscenarios:\n  - { id: latest-wiring, difficulty: 1, assumes: [versions-and-latest] }\n`;
    expect(() => parseLearningPath(file, raw)).toThrow(/^\/content\/path\.yaml: field "chapters\.0\.steps\.0"/);
  });

  it('refuses a scenario id that is not one of the trap scenarios', () => {
    const raw = `chapters:\n  - id: a\n    title: Abc\n    summary: Long enough text\n    steps:\n      - scenario: nope\nscenarios:\n  - { id: latest-wiring, difficulty: 1, assumes: [versions-and-latest] }\n`;
    expect(() => parseLearningPath(file, raw)).toThrow(/field "chapters\.0\.steps\.0/);
  });

  it('refuses a scenario placed twice', () => {
    const raw = `chapters:\n  - id: a\n    title: Abc\n    summary: Long enough text\n    steps:\n      - read: versions-and-latest\nscenarios:\n  - { id: latest-wiring, difficulty: 1, assumes: [x] }\n  - { id: latest-wiring, difficulty: 2, assumes: [x] }\n`;
    expect(() => parseLearningPath(file, raw)).toThrow('field "scenarios.1.id": "latest-wiring" is listed twice');
  });
});

describe('contentTitles', () => {
  const titles = contentTitles();
  it('names scenarios, traps, notes and topics by title', () => {
    expect(titles.scenario('hook-never-reports')).toBe('The smoke test that never phoned home');
    expect(titles.trap('alarm-wrong-dimension')).toBe('The alarm that watched an empty room');
    expect(titles.note('versions-and-latest')).toBe('Versions and $LATEST');
    expect(titles.topic('codedeploy-configs')).toBe('CodeDeploy configurations');
  });

  it('falls back to words for an id with no title', () => {
    expect(titles.scenario('made-up-id')).toBe('Made up id');
  });
});
