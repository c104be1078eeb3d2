import { afterEach, describe, expect, it } from 'vitest';
import { hasSavedPlan, loadSavedPlan, savePlan, startingPlan } from '../../../../src/ui/workshop/planStorage';
import type { SessionPlan } from '../../../../src/workshop/schemas';

const KEY = 'canary-lab.workshop.plan';
const agenda: SessionPlan = {
  format: 'canary-lab-plan',
  version: 1,
  title: 'Tuesday: canaries and hooks',
  steps: [{ kind: 'scenario', id: 'hook-never-reports', minutes: 15, freezeAndPredict: true }],
};

describe("the facilitator's plan in this browser", () => {
  afterEach(() => localStorage.clear());

  it('starts with nothing to read: a first visit opens the agenda without loading the validator', () => {
    expect(hasSavedPlan()).toBe(false);
  });

  it('keeps an agenda the facilitator wrote, and reads it back as written', async () => {
    savePlan(agenda);
    expect(hasSavedPlan()).toBe(true);
    expect(await loadSavedPlan()).toEqual(agenda);
  });

  it('stores nothing for the untouched starting plan, so opening the page does not create work for the next visit', () => {
    savePlan(startingPlan());
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(hasSavedPlan()).toBe(false);
  });

  it('forgets an agenda cleared back to the starting plan: the next visit shows the same starting plan', () => {
    savePlan(agenda);
    savePlan(startingPlan());
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('treats a starting plan stored by an earlier version as nothing to read', () => {
    localStorage.setItem(KEY, JSON.stringify(startingPlan()));
    expect(hasSavedPlan()).toBe(false);
  });

  it('does not offer a damaged plan, and still reports that there was one to check', async () => {
    localStorage.setItem(KEY, '{"format":"canary-lab-plan","version":1,"title":"x","steps":[{"kind":"nope"}]}');
    expect(hasSavedPlan()).toBe(true);
    expect(await loadSavedPlan()).toBeUndefined();
  });
});
