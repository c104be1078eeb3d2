/**
 * The facilitator's current plan, kept in localStorage: the shared store's settings hold only fixed keys,
 * and a plan is small. It is re-validated on every load, like any other untrusted file; the validator
 * (zod and the workshop schemas) loads only when there is a saved plan to check, so a first visit opens
 * the agenda without it (issue 18).
 */
import type { SessionPlan } from '../../workshop/schemas';

const KEY = 'canary-lab.workshop.plan';

function savedText(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null; // storage blocked (private mode): nothing was saved
  }
}

/** Whether a plan was saved in this browser (valid or not): only then does loadSavedPlan have work to do. */
export function hasSavedPlan(): boolean {
  return Boolean(savedText());
}

/**
 * The saved plan, or undefined when there is none or it is damaged (a damaged plan is simply not offered).
 * Rejects only when the validator's chunk cannot be loaded, so a caller never mistakes that for "no plan"
 * and saves an empty one over it.
 */
export async function loadSavedPlan(): Promise<SessionPlan | undefined> {
  const text = savedText();
  if (!text) return undefined;
  const { parseWorkshopFile } = await import('../../workshop/validate');
  try {
    return parseWorkshopFile('plan', text);
  } catch {
    return undefined;
  }
}

export function savePlan(plan: SessionPlan): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(plan));
  } catch {
    // storage blocked (private mode): the plan still lives in the page and can be exported as a file
  }
}
