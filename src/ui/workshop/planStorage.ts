/**
 * The facilitator's current plan, kept in localStorage: the shared store's settings hold only fixed keys,
 * and a plan is small. It is re-validated on every load, like any other untrusted file; the validator
 * (zod and the workshop schemas, about 60 ms of one task on a laptop) loads only when there is a saved
 * plan to check. The untouched starting plan is never stored, so a facilitator who has not written an
 * agenda yet opens the page without the validator on every visit (issue 18).
 */
import type { SessionPlan } from '../../workshop/schemas';

const KEY = 'canary-lab.workshop.plan';

/** The plan a facilitator starts from: a title and no steps. */
export function startingPlan(): SessionPlan {
  return { format: 'canary-lab-plan', version: 1, title: 'Lambda deployments workshop', steps: [] };
}
const STARTING_TEXT = JSON.stringify(startingPlan());

function savedText(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null; // storage blocked (private mode): nothing was saved
  }
}

/**
 * Whether a plan other than the starting one was saved in this browser (valid or not): only then does
 * loadSavedPlan have work to do. (Earlier versions stored the starting plan on the first visit.)
 */
export function hasSavedPlan(): boolean {
  const text = savedText();
  return Boolean(text) && text !== STARTING_TEXT;
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

/** Stores the plan; the starting plan is stored as nothing, which reads back as the same plan. */
export function savePlan(plan: SessionPlan): void {
  const text = JSON.stringify(plan);
  try {
    if (text === STARTING_TEXT) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, text);
  } catch {
    // storage blocked (private mode): the plan still lives in the page and can be exported as a file
  }
}
