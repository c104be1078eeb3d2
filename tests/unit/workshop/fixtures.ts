import { loadScenarios } from '../../../src/scenario/catalog';
import type { ResultsFile, SessionPlan, SharedScenario } from '../../../src/workshop/schemas';

export const plan: SessionPlan = {
  format: 'canary-lab-plan',
  version: 1,
  title: 'Team session: safe Lambda deployments',
  steps: [
    { kind: 'note', id: 'versions-and-latest', minutes: 5 },
    { kind: 'scenario', id: 'latest-wiring', minutes: 10, freezeAndPredict: true },
    { kind: 'question', id: 'hooks-001', minutes: 2 },
    { kind: 'break', title: 'Coffee', minutes: 10 },
  ],
};

export function sharedScenario(): SharedScenario {
  const scenario = loadScenarios().find((s) => s.id === 'latest-wiring')!;
  return { format: 'canary-lab-scenario', version: 1, scenario };
}

export function results(learner: string, items: ResultsFile['items']): ResultsFile {
  return { format: 'canary-lab-results', version: 1, session: plan.title, learner, items };
}
