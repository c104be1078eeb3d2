// First: the CSP settings every later module relies on (securityPolicy.ts).
import './ui/securityPolicy';
import { mount } from 'svelte';
import App from './ui/App.svelte';
import { matchRoute } from './ui/routes';
import { prefetchRenderedNote } from './content/notesRenderedFiles';
import { loadScenario } from './scenario/scenarioData';
import { loadDrillView, loadPractice } from './ui/practice/practiceLoader';
import './ui/styles/tokens.css';
import './ui/styles/base.css';

// The first page's chunk starts downloading now, while the shell renders, instead of after App's
// effect asks for it: one network round trip less before the page can paint (issue 18). The browser
// fetches a module once, so App's own load() of the route gets the same module; a failure is
// reported there, not here.
const first = matchRoute(window.location.pathname);
first.route.load().catch(() => undefined);
// A scenario's or a note's address: its page loads the player, or the note's view and HTML, itself,
// after the page's chunk; start those imports now too, so they arrive together.
// A scenario's address also names the one scenario file its page loads (scenarioData.ts).
const scenarioId = first.route.id === 'scenarios' ? first.params[0] : undefined;
if (scenarioId !== undefined) {
  import('./ui/scenarios/ScenarioPlayer.svelte').catch(() => undefined);
  loadScenario(scenarioId).catch(() => undefined);
}
const noteId = first.route.id === 'learn' ? first.params[0] : undefined;
if (noteId !== undefined && noteId !== 'glossary') {
  import('./ui/learn/NoteView.svelte').catch(() => undefined);
  prefetchRenderedNote(noteId);
}

// Practice's views other than its home (a question, the exam, results, review) show the question bank
// with their own components, which the page loads itself (practiceLoader.ts): start it now too. A drill
// paints its first question with only DrillView and that question's file (the page picks it), and
// loads the bank after.
const practiceView = first.route.id === 'practice' ? first.params[0] : undefined;
if (practiceView === 'drill') loadDrillView().catch(() => undefined);
else if (
  first.route.id === 'practice' &&
  (practiceView !== undefined || new URLSearchParams(window.location.search).has('question'))
)
  loadPractice().catch(() => undefined);

mount(App, { target: document.getElementById('app')! });
