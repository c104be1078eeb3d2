import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// Practice: a drill with per-option feedback, and a short timed exam that survives a reload and ends
// in results. Axe in both themes; screenshots (phone and desktop) in test-results/screenshots/.
const themes = ['light', 'dark'] as const;
const viewports = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1440, height: 900 },
];

test.use({
  serviceWorkers: 'block',
  ...(process.env.PRACTICE_BASE_URL ? { baseURL: process.env.PRACTICE_BASE_URL } : {}),
});

async function expectNoSeriousAxeViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const severe = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}) on ${where}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(severe).toEqual([]);
}

async function shoot(page: Page, name: string, theme: string) {
  for (const viewport of viewports) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await page.screenshot({
      path: `test-results/screenshots/practice-${name}-${viewport.name}-${theme}.png`,
      fullPage: true,
    });
    await expectNoSeriousAxeViolations(page, `${name} ${viewport.name}`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Chooses the first options with number keys: one, or as many as "Choose TWO/THREE" asks. */
async function answerWithKeys(page: Page) {
  const legend = (await page.locator('main fieldset legend').first().textContent()) ?? '';
  const count = /THREE/.test(legend) ? 3 : /TWO/.test(legend) ? 2 : 1;
  for (let k = 1; k <= count; k++) await page.keyboard.press(String(k));
  return count;
}

test('the Review today link to one question opens it, records the answer, and an unknown id says so', async ({
  page,
}) => {
  await page.goto('/practice?question=hooks-001');
  await expect(page.getByRole('heading', { level: 1, name: 'Review one question' })).toBeVisible();
  await answerWithKeys(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 3, name: /Correct|Not quite/ })).toBeFocused();
  // Leaving before the write finished would lose it (the browser aborts open IndexedDB transactions).
  await expect(page.getByText('Saved to your progress.')).toBeVisible();
  await page.goto('/practice/review');
  await page.getByLabel('Show only wrong answers').uncheck();
  await expect(page.locator('.attempt')).toHaveCount(1);

  await page.goto('/practice?question=no-such-question');
  await expect(page.getByRole('alert')).toContainText('There is no question called “no-such-question”');
});

/** The option texts of the question on screen, in the order shown. */
const shownOrder = async (page: Page) => {
  // Once the question has loaded (allTextContents reads what is there, without waiting).
  await expect(page.locator('main fieldset li .text').first()).toBeVisible();
  // Without the letter read to screen readers ("A. "), which follows the position, not the option.
  return (await page.locator('main fieldset li .text').allTextContents()).map((t) => t.replace(/^[A-F]\. /, ''));
};

test("options are shuffled per attempt, and each attempt's review shows the order that attempt used", async ({
  page,
}) => {
  // Two attempts at the same question with two different option seeds.
  await page.goto('/practice?question=hooks-001&seed=11');
  const first = await shownOrder(page);
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Saved to your progress.')).toBeVisible();

  await page.goto('/practice?question=hooks-001&seed=12');
  const second = await shownOrder(page);
  expect([...second].sort()).toEqual([...first].sort());
  expect(second).not.toEqual(first);
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Saved to your progress.')).toBeVisible();

  // Review lists newest first; each attempt shows its options in the order it was answered in.
  await page.goto('/practice/review');
  await page.getByLabel('Show only wrong answers').uncheck();
  const attempts = page.locator('.attempt');
  await expect(attempts).toHaveCount(2);
  expect(await attempts.nth(0).locator('.option-text').allTextContents()).toEqual(second);
  expect(await attempts.nth(1).locator('.option-text').allTextContents()).toEqual(first);
  // "You chose A" names the first option as that attempt showed it.
  await expect(attempts.nth(0)).toContainText('You chose A;');
  await expect(attempts.nth(1)).toContainText('You chose A;');
});

test('always choosing the first option through a 30-question drill is right only about a quarter of the time', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.goto('/practice/drill?seed=20261202');
  let right = 0;
  for (let n = 1; n <= 30; n++) {
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^Question ${n} of`) })).toBeVisible();
    const legend = (await page.locator('main fieldset legend').first().textContent()) ?? '';
    const count = /THREE/.test(legend) ? 3 : /TWO/.test(legend) ? 2 : 1;
    // A "Choose TWO/THREE" question takes the first two or three options: the same "first options" habit.
    for (let k = 1; k <= count; k++) await page.keyboard.press(String(k));
    await page.keyboard.press('Enter');
    const verdict = page.getByRole('heading', { level: 3, name: /Correct|Not quite/ });
    await expect(verdict).toBeFocused();
    if ((await verdict.textContent())?.trim() === 'Correct') right += 1;
    await page.getByRole('button', { name: /Next question|Finish drill/ }).click();
  }
  // Chance on four options is 25 %; the authored order put the key first 57 % of the time.
  expect(right / 30).toBeLessThanOrEqual(0.4);
});

for (const theme of themes) {
  test.describe(`practice (${theme} theme)`, () => {
    // Each view is screenshotted and axe-scanned at two sizes; on a shared 2-core machine that is slow.
    test.setTimeout(360_000);
    test.beforeEach(async ({ page }) => {
      await page.addInitScript((chosen) => localStorage.setItem('canary-lab:theme', chosen), theme);
    });

    test('a drill gives immediate feedback with the explanation of every option', async ({ page }) => {
      await page.goto('/practice');
      await expect(page).toHaveTitle('Practice · Canary Lab');
      await shoot(page, 'home', theme);

      await page.goto('/practice/drill?topic=hooks&seed=1');
      await expect(page.getByRole('heading', { level: 1, name: 'Drill: Lifecycle hooks' })).toBeVisible();
      const options = page.locator('main fieldset li');
      const optionCount = await options.count();
      expect(optionCount).toBeGreaterThanOrEqual(4);
      // The group is a real radio or checkbox group, so assistive technology announces it.
      await expect(page.locator('main fieldset input').first()).toHaveAttribute('type', /radio|checkbox/);

      await answerWithKeys(page);
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 3, name: /Correct|Not quite/ })).toBeFocused();
      // Every option, chosen or not, now says whether it is right and why.
      await expect(page.locator('main fieldset .why')).toHaveCount(optionCount);
      await expect(page.getByRole('link', { name: 'Read the note behind this question' })).toHaveAttribute(
        'href',
        /^\/learn\/[a-z-]+$/,
      );
      await expect(page.getByText('Saved to your progress.')).toBeVisible();
      await shoot(page, 'drill', theme);

      // The answer was recorded: it shows up under Review.
      await page.goto('/practice/review');
      await page.getByLabel('Show only wrong answers').uncheck();
      await expect(page.locator('.attempt')).toHaveCount(1);
    });

    test('a 20-question mock exam resumes after a reload with answers, flags and clock, then shows results', async ({
      page,
    }) => {
      await page.goto('/practice/exam');
      await page.getByRole('radio', { name: /^20 questions/ }).check();
      await expect(page.getByRole('status').filter({ hasText: '20 questions, 48 minutes' })).toBeVisible();
      await page.getByRole('button', { name: 'Start exam' }).click();

      await expect(page.getByRole('heading', { level: 2, name: /Question 1 of 20/ })).toBeVisible();
      await answerWithKeys(page);
      await page.keyboard.press('f');
      await expect(page.getByRole('button', { name: '⚑ Flagged' })).toHaveAttribute('aria-pressed', 'true');
      await page.getByRole('button', { name: 'Next →' }).click();
      await expect(page.getByRole('heading', { level: 2, name: /Question 2 of 20/ })).toBeFocused();
      await answerWithKeys(page);
      await expect(page.locator('.counts')).toHaveText('2 answered · 18 blank · 1 flagged');
      await shoot(page, 'exam', theme);
      const before = await page.locator('.timer [aria-hidden="true"]').textContent();
      const readAt = Date.now();
      // The page must fit a phone: nothing may scroll sideways.
      await page.setViewportSize({ width: 390, height: 844 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await page.setViewportSize({ width: 1280, height: 900 });

      // A reload (or a closed tab) resumes the same exam on the same question, with its deadline.
      await page.waitForTimeout(1500);
      await page.reload();
      await expect(page.getByRole('heading', { level: 2, name: /Question 2 of 20/ })).toBeVisible();
      await expect(page.locator('.counts')).toHaveText('2 answered · 18 blank · 1 flagged');
      await expect(page.locator('main fieldset input:checked').first()).toBeVisible();
      const after = await page.locator('.timer [aria-hidden="true"]').textContent();
      const seconds = (t: string | null) =>
        (t ?? '')
          .replace(/[^\d:]/g, '')
          .split(':')
          .reduce((s, part) => s * 60 + Number(part), 0);
      // Same deadline: the clock lost exactly the wall time that passed (give or take a tick), not a restart.
      const passed = (Date.now() - readAt) / 1000;
      expect(seconds(after)).toBeLessThan(seconds(before));
      expect(seconds(after)).toBeGreaterThanOrEqual(seconds(before) - passed - 2);
      expect(seconds(after)).toBeLessThanOrEqual(seconds(before) - Math.floor(passed) + 2);

      await page.keyboard.press('ArrowLeft');
      await expect(page.getByRole('heading', { level: 2, name: /Question 1 of 20/ })).toBeFocused();
      await page.getByRole('button', { name: 'Review all' }).click();
      await expect(page.getByRole('heading', { level: 2, name: 'Review your answers' })).toBeFocused();
      await expect(page.getByText('2 answered, 18 blank, 1 flagged.')).toBeVisible();
      await expect(page.getByText('18 questions are blank.', { exact: false })).toBeVisible();
      await shoot(page, 'exam-review', theme);
      await page.getByRole('button', { name: 'Submit exam' }).click();

      await expect(page).toHaveURL(/\/practice\/results\/[\w-]+$/);
      await expect(page.getByRole('heading', { level: 1, name: 'Exam results' })).toBeVisible();
      await expect(page.getByText(/of 20\b/).first()).toBeVisible();
      await expect(page.getByRole('img', { name: /Share correct per topic/ })).toBeVisible();
      await expect(page.getByRole('table', { name: 'Correct answers per topic' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Readiness estimate' })).toBeVisible();
      await expect(page.getByText(/confidence/i).first()).toBeVisible();
      await shoot(page, 'results', theme);
    });
  });
}
