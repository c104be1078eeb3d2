// Turns the bundled notes, trap scenarios, glossary and question bank into search documents. Separate from
// searchIndex.ts so the index logic can be tested with small fixtures, and so the question bank is
// only pulled in when the learner first opens search (this module is imported lazily).
import { glossaryHref, noteHref, questionHref } from './markdownLinks';
import { glossary as allTerms, notes as allNotes, type GlossaryTerm, type Note } from './notes';
import { loadQuestionBank, type Question } from './questions';
import { loadScenarios } from '../scenario/catalog';
import type { ScenarioDef } from '../scenario/schema';
import { contentTitles } from './titles';
import { createContentSearch, markdownToPlainText, type ContentSearch, type SearchDocument } from './searchIndex';

/** The first sentence of a question stem, as its title; the whole stem stays searchable. */
export function questionTitle(stem: string, max = 120): string {
  const clean = stem.replace(/\s+/g, ' ').trim();
  const sentence = /^.*?[.?!](?=\s|$)/.exec(clean)?.[0] ?? clean;
  return sentence.length <= max ? sentence : `${sentence.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

export function noteDocument(note: Note): SearchDocument {
  return {
    id: `note:${note.id}`,
    kind: 'note',
    title: note.title,
    text: `${note.summary} ${markdownToPlainText(note.body)}`,
    href: noteHref(note.id),
    context: note.section,
  };
}

export function glossaryDocument(term: GlossaryTerm): SearchDocument {
  return {
    id: `glossary:${term.id}`,
    kind: 'glossary',
    title: term.term,
    text: term.definition,
    href: glossaryHref(term.id),
    context: 'Glossary',
  };
}

export function questionDocument(question: Question): SearchDocument {
  const options = question.options.map((option) => option.text).join(' ');
  return {
    id: `question:${question.id}`,
    kind: 'question',
    title: questionTitle(question.stem),
    text: `${question.stem.replace(/\s+/g, ' ').trim()} ${options} ${question.explanation}`,
    href: questionHref(question.id),
    context: `Question · ${contentTitles().topic(question.topic)}`,
  };
}

/** A scenario is found by its title, its story, the question it asks and the trap it teaches. */
export function scenarioDocument(scenario: ScenarioDef): SearchDocument {
  const titles = contentTitles();
  const traps = scenario.traps.filter((t) => t !== scenario.id).map((t) => titles.trap(t));
  return {
    id: `scenario:${scenario.id}`,
    kind: 'scenario',
    title: scenario.title,
    text: [
      scenario.story.team,
      scenario.story.goal,
      scenario.predict.question,
      scenario.reveal.happened,
      scenario.reveal.rule,
      ...traps,
    ]
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim(),
    href: `/scenarios/${encodeURIComponent(scenario.id)}`,
    context: `Scenario · ${titles.topic(scenario.topic)}`,
  };
}

export function searchDocuments(
  notes: readonly Note[],
  glossary: readonly GlossaryTerm[],
  questions: readonly Question[],
  scenarios: readonly ScenarioDef[] = [],
): SearchDocument[] {
  return [
    ...notes.map(noteDocument),
    ...scenarios.map(scenarioDocument),
    ...glossary.map(glossaryDocument),
    ...questions.map(questionDocument),
  ];
}

let cached: ContentSearch | undefined;

/** The search over everything bundled with the app, built once per page load. */
export function contentSearch(): ContentSearch {
  cached ??= createContentSearch(searchDocuments(allNotes, allTerms, loadQuestionBank(), loadScenarios()));
  return cached;
}
