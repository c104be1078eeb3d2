/**
 * The facilitator's current plan, kept in localStorage: the shared store's settings hold only fixed keys,
 * and a plan is small. It is re-validated on every load, like any other untrusted file.
 */
import { parseWorkshopFile } from '../../workshop/validate';
import type { SessionPlan } from '../../workshop/schemas';

const KEY = 'canary-lab.workshop.plan';

export function loadSavedPlan(): SessionPlan | undefined {
  try {
    const text = localStorage.getItem(KEY);
    return text ? parseWorkshopFile('plan', text) : undefined;
  } catch {
    return undefined; // a damaged saved plan is simply not offered
  }
}

export function savePlan(plan: SessionPlan): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(plan));
  } catch {
    // storage blocked (private mode): the plan still lives in the page and can be exported as a file
  }
}
