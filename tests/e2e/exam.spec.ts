import { expect, test, type Locator, type Page } from '@playwright/test';

// A 20-item mock exam done with the keyboard alone (no mouse, no programmatic focus): set up, answer,
// review, submit, read the results by topic and by exam domain, and open the review of the answers.
// After every action, focus must be on something the learner can see, never dropped on <body>
// (WCAG 2.4.3). The option order of each question is the exam's own, in the runner and in both reviews.

test.use({ serviceWorkers: 'block' });

const focusIsOnBody = (page: Page) => page.evaluate(() => document.activeElement === document.body);

async function expectFocusKept(page: Page, after: string) {
  expect(await focusIsOnBody(page), `focus fell to <body> after ${after}`).toBe(false);
}

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would; fails after `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 80, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let n = 0; n < limit; n++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** The option texts of the question on screen, in the order shown (without the spoken letter). */
const shownOrder = async (page: Page) =>
  (await page.locator('main fieldset li .text').allTextContents()).map((t) => t.replace(/^[A-F]\. /, ''));

test('a 20-item mock exam, by keyboard only: answer, review, submit, results by topic and domain, review', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await page.goto('/practice');
  await tabTo(page, page.getByRole('link', { name: 'Set up an exam' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Mock exam' })).toBeFocused();

  // 20 is the first length offered and already chosen.
  await expect(page.getByRole('radio', { name: /^20 questions/ })).toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: '20 questions, 48 minutes, all topics' })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Start exam' }));
  await page.keyboard.press('Enter');

  const orders = new Map<number, string[]>();
  const legends = new Map<number, string>();
  for (let n = 1; n <= 20; n++) {
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^Question ${n} of 20`) })).toBeFocused();
    orders.set(n, await shownOrder(page));
    const legend = (await page.locator('main fieldset legend').first().textContent()) ?? '';
    legends.set(n, legend);
    const count = /THREE/.test(legend) ? 3 : /TWO/.test(legend) ? 2 : 1;
    // Number keys choose options in the displayed order; the second option here, to vary the letters.
    for (let k = 1; k <= count; k++) await page.keyboard.press(String(k + 1));
    await expectFocusKept(page, `answering question ${n}`);
    await page.keyboard.press('Enter');
    await expectFocusKept(page, `Enter on question ${n}`);
  }

  // Enter on the last question opens the review screen.
  await expect(page.getByRole('heading', { level: 2, name: 'Review your answers' })).toBeFocused();
  await expect(page.getByText('20 answered, 0 blank, 0 flagged.')).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Submit exam' }));
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/practice\/results\/[\w-]+$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Exam results' })).toBeFocused();
  await expect(page.getByText(/of 20\b/).first()).toBeVisible();

  // By topic: every one of the 20 questions is counted under one topic.
  const topicRows = page.getByRole('table', { name: 'Correct answers per topic' }).locator('tbody tr');
  const topicTotals = (await topicRows.locator('td:nth-child(3)').allTextContents()).map(Number);
  expect(topicTotals.reduce((a, b) => a + b, 0)).toBe(20);
  expect(topicTotals.length).toBeGreaterThanOrEqual(5);

  // By exam domain: the five DOP-C02 domains practised here, summing to the same 20 questions.
  const domainTable = page.getByRole('table', { name: 'Correct answers per exam domain' });
  const domains = await domainTable.locator('tbody th').allTextContents();
  expect(domains).toEqual([
    'SDLC Automation',
    'Configuration Management and IaC',
    'Resilient Cloud Solutions',
    'Monitoring and Logging',
    'Incident and Event Response',
  ]);
  const domainTotals = (await domainTable.locator('tbody td:nth-child(3)').allTextContents()).map(Number);
  expect(domainTotals.reduce((a, b) => a + b, 0)).toBe(20);

  // The results reflow on a small phone: nothing scrolls sideways at 320 px (WCAG 1.4.10).
  await page.setViewportSize({ width: 320, height: 720 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.setViewportSize({ width: 1280, height: 720 });

  // The readiness estimate states its basis.
  await expect(page.getByText('What it counts')).toBeVisible();
  await expect(page.getByText('What it ignores')).toBeVisible();

  // A missed question: its link in the per-question table moves focus to what went wrong, with the
  // letters the exam showed.
  const missedLink = page.getByRole('link', { name: /^\d+: see what went wrong$/ }).first();
  if ((await missedLink.count()) > 0) {
    const number = Number(((await missedLink.textContent()) ?? '').match(/^\d+/)?.[0]);
    await tabTo(page, missedLink, 200);
    await page.keyboard.press('Enter');
    const entry = page.locator(`#result-${number}`);
    await expect(entry).toBeFocused();
    const order = orders.get(number)!;
    for (const line of await entry.locator('ul > li').allTextContents()) {
      const letter = line.trim().charAt(0);
      const option = order.find((text) => line.includes(text));
      expect(option, `an option of question ${number} in the review`).toBeDefined();
      expect('ABCDEF'[order.indexOf(option!)]).toBe(letter);
    }
  }

  // Review past answers: each of this exam's answers with the options in the order the exam showed.
  // The link sits in the score section, above: back up to it.
  await tabTo(page, page.getByRole('link', { name: 'Review past answers' }), 300, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Review past answers' })).toBeFocused();
  await tabTo(page, page.getByLabel('Show only wrong answers'));
  await page.keyboard.press('Space');
  await expectFocusKept(page, 'showing all answers');
  const attempts = page.locator('.attempt');
  await expect(attempts).toHaveCount(20);
  const reviewed = await Promise.all(
    Array.from({ length: 20 }, async (_, i) => attempts.nth(i).locator('.option-text').allTextContents()),
  );
  // Every order seen in the exam appears as one reviewed attempt's order (the review is newest first, not by number).
  for (const [n, order] of orders) {
    expect(
      reviewed.some((r) => r.join('\n') === order.join('\n')),
      `question ${n}'s order in the review`,
    ).toBe(true);
  }
});
