// Shared by the a11y-*.spec.ts files: keyboard-only moves and a check that focus never falls to <body>.
import { expect, type Locator, type Page } from '@playwright/test';

/** What has focus, described for a failure message; "body" when nothing (or the page itself) has it. */
export function focusedElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body || active === document.documentElement) return 'body';
    const name = active.getAttribute('aria-label') ?? active.textContent?.trim().slice(0, 40) ?? '';
    return `${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''} "${name}"`;
  });
}

/**
 * After an action, focus settles on something other than <body> (WCAG 2.4.3): the new heading or the
 * control that continues the task. Polled briefly, since apps move focus after their next render.
 */
export async function expectFocusKept(page: Page, after: string): Promise<void> {
  await expect.poll(() => focusedElement(page), { message: `focus after ${after}`, timeout: 5_000 }).not.toBe('body');
}

/** Presses Tab (Shift+Tab when `backwards`) until `target` has focus, as a keyboard user would. */
export async function tabTo(page: Page, target: Locator, { backwards = false, max = 120 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${max} Tab presses did not reach ${target}; focus is on ${await focusedElement(page)}`);
}
