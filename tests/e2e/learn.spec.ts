import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// The Learn area: reading a note, its "Try it" link into the Lab, offline search, accessibility in
// both themes, and screenshots (test-results/screenshots/learn-*.png) for people to look at.

const CONFIGS_NOTE = '/learn/codedeploy-lambda-configurations';
const CONFIGS_TITLE = 'The nine CodeDeploy Lambda configurations';

async function expectNoSevereAxeViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const severe = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}) on ${where}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  expect(severe).toEqual([]);
}

test.describe('reading notes', () => {
  test.use({ serviceWorkers: 'block' });

  test('a learner opens a note from the list and reads its contents, diagrams and glossary terms', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/learn');
    await expect(page.getByRole('heading', { level: 1, name: 'Learn' })).toBeVisible();
    await page.getByRole('link', { name: CONFIGS_TITLE }).click();
    await expect(page).toHaveURL(CONFIGS_NOTE);
    await expect(page.getByRole('heading', { level: 1, name: CONFIGS_TITLE })).toBeFocused();
    await expect(page.getByText(/\d+ min read/)).toBeVisible();

    // Table of contents → heading anchors.
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await toc.getByRole('link', { name: '9 minutes or 10?' }).click();
    await expect(page).toHaveURL(`${CONFIGS_NOTE}#9-minutes-or-10`);
    await expect(page.locator('h2[id="9-minutes-or-10"]')).toBeInViewport();

    // The PRECISELY callout is a labelled aside.
    const callout = page.getByRole('note', { name: 'Precisely' });
    await expect(callout).toBeVisible();
    await expect(callout.locator('.callout-label')).toHaveText('Precisely');

    // Nine schedule diagrams; the linear one-minute table ends at minute 9 with 100 %
    // (https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations.html).
    await expect(page.locator('figure.schedule-block svg')).toHaveCount(9);
    const linear = page.locator('figure.schedule-block', { hasText: 'LambdaLinear10PercentEvery1Minute' });
    await linear.getByText('Shift table').click();
    await expect(linear.locator('tbody tr')).toHaveCount(10);
    await expect(linear.locator('tbody tr').last()).toHaveText(/^9\s*100 %\s*0 %$/);

    // A glossary term shows its definition on focus, as the button's description; Escape closes it.
    const term = page.locator('button.glossary-term').first();
    await term.focus();
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText('Deployment configuration');
    await expect(term).toHaveAccessibleDescription(/deployment configuration/i);
    await page.keyboard.press('Escape');
    await expect(tooltip).toBeHidden();
    // …and on hover.
    await term.hover();
    await expect(tooltip).toBeVisible();

    expect(errors).toEqual([]);
  });

  test('marking a note as read shows on the note and in the list, and survives a reload', async ({ page }) => {
    await page.goto('/learn/versions-and-latest');
    await page.getByRole('button', { name: 'Mark as read' }).click();
    await expect(page.getByText('You marked this note as read.')).toBeVisible();
    await page.reload();
    await expect(page.getByText('You marked this note as read.')).toBeVisible();
    await page.goto('/learn');
    const card = page.locator('li.note-card', { has: page.getByRole('link', { name: 'Versions and $LATEST' }) });
    await expect(card.getByText('Read', { exact: true })).toBeVisible();
    await expect(page.getByText(/1 of \d+ read/)).toBeVisible();
  });

  test('previous and next links walk the notes in reading order', async ({ page }) => {
    await page.goto('/learn/versions-and-latest');
    const pager = page.getByRole('navigation', { name: 'Previous and next notes' });
    await pager.getByRole('link', { name: /Next/ }).click();
    await expect(page).toHaveURL('/learn/aliases-and-weighted-routing');
    await pager.getByRole('link', { name: /Previous/ }).click();
    await expect(page).toHaveURL('/learn/versions-and-latest');
  });

  test('YAML blocks are highlighted and have a copy button', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/learn/sam-autopublishalias');
    const block = page.locator('.code-block[data-lang="yaml"]').first();
    await expect(block.locator('code span[class^="tok-"]').first()).toBeVisible();
    const code = await block.locator('code').textContent();
    await block.getByRole('button', { name: /Copy/ }).click();
    await expect(block.getByRole('status')).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  });

  test('"Try it" opens the guided scenario player', async ({ page }) => {
    await page.goto(CONFIGS_NOTE);
    await page
      .locator('.note-body')
      .getByRole('link', { name: /^Try it/ })
      .first()
      .click();
    await expect(page).toHaveURL('/scenarios/slow-bug-canary-vs-linear');
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Scenarios' }),
    ).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('heading', { level: 1, name: 'A bug that only shows under load' })).toBeVisible();
  });

  test('an unknown note id says so and links back to the list', async ({ page }) => {
    await page.goto('/learn/no-such-note');
    await expect(page.getByRole('heading', { level: 1, name: 'No such note' })).toBeVisible();
    await page.getByRole('link', { name: 'See all notes' }).click();
    await expect(page).toHaveURL('/learn');
  });
});

test.describe('notes on a phone', () => {
  test.use({ serviceWorkers: 'block' });

  // WCAG 1.4.10 (reflow): at 320 CSS px a page scrolls in one direction only. Every note is sampled,
  // because one long unbroken word (a CloudFormation type in the pager, a URL) is enough to break it.
  for (const width of [390, 320]) {
    test(`no note scrolls sideways at ${width} px`, async ({ page }) => {
      test.setTimeout(300_000);
      await page.setViewportSize({ width, height: 844 });
      await page.goto('/learn');
      await expect(page.locator('a.note-link').first()).toBeVisible();
      const hrefs = await page.locator('a.note-link').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      expect(hrefs.length).toBeGreaterThan(20);
      const wide: string[] = [];
      for (const href of hrefs) {
        await page.goto(href);
        await expect(page.getByRole('navigation', { name: 'Previous and next notes' })).toBeVisible();
        const overflow = await page.evaluate(() => {
          const root = document.scrollingElement!;
          if (root.scrollWidth <= root.clientWidth) return null;
          const culprits = [...document.querySelectorAll('main *')]
            .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
            .slice(0, 3)
            .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
          return `${root.scrollWidth - root.clientWidth} px (${culprits.join(', ')})`;
        });
        if (overflow) wide.push(`${href}: ${overflow}`);
      }
      expect(wide).toEqual([]);
    });
  }
});

test.describe('offline search', () => {
  test('after the first visit, search works offline and opens a result from the keyboard', async ({
    page,
    context,
  }) => {
    await page.goto('/learn');
    const state = await page.evaluate(async () => {
      const worker = (await navigator.serviceWorker.ready).active!;
      if (worker.state !== 'activated') {
        await new Promise<void>((resolve) =>
          worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()),
        );
      }
      return worker.state;
    });
    expect(state).toBe('activated');
    await page.reload();
    expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

    await context.setOffline(true);
    await page.getByRole('button', { name: 'Search' }).click();
    const box = page.getByRole('combobox', { name: 'Search notes, scenarios, glossary and questions' });
    await expect(box).toBeFocused();
    await box.fill('PutLifecycleEventHookExecutionStatus');
    const results = page.getByRole('listbox', { name: 'Search results' });
    await expect(results.getByRole('group', { name: 'Notes' })).toBeVisible();
    await expect(results.getByRole('group', { name: 'Glossary' })).toBeVisible();
    await expect(results.getByRole('group', { name: 'Questions' })).toBeVisible();
    await expect(results.locator('mark').first()).toHaveText(/PutLifecycleEventHookExecutionStatus/i);

    await box.press('ArrowDown');
    const first = results.getByRole('option').first();
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
    const title = (await first.locator('.title').textContent())!.trim();
    await box.press('Enter');
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(page).toHaveURL(/\/learn\/[a-z0-9-]+$/);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

    // The "/" shortcut opens it again; a glossary result lands on its term.
    await page.keyboard.press('/');
    await box.fill('AdditionalVersionWeights');
    await page.getByRole('group', { name: 'Glossary' }).getByRole('option').first().click();
    await expect(page).toHaveURL('/learn/glossary#term-additional-version-weights');
    await expect(page.locator('#term-additional-version-weights')).toBeInViewport();
    await context.setOffline(false);
  });
});

test.describe('accessibility and screenshots of Learn', () => {
  test.use({ serviceWorkers: 'block' });
  const viewports = [
    { name: 'phone', width: 390, height: 844 },
    { name: 'desktop', width: 1440, height: 900 },
  ];

  for (const theme of ['light', 'dark'] as const) {
    for (const viewport of viewports) {
      test(`a note page, the list, the glossary and search have no serious axe violation (${theme}, ${viewport.name})`, async ({
        page,
      }) => {
        test.setTimeout(180_000);
        await page.addInitScript((chosen) => localStorage.setItem('canary-lab:theme', chosen), theme);
        await page.setViewportSize({ width: viewport.width, height: viewport.height });

        await page.goto(CONFIGS_NOTE);
        await expect(page.locator('figure.schedule-block svg')).toHaveCount(9);
        await page.locator('button.glossary-term').first().focus();
        await expect(page.getByRole('tooltip')).toBeVisible();
        await expectNoSevereAxeViolations(page, `note ${viewport.name}`);
        await page.screenshot({
          path: `test-results/screenshots/learn-note-${viewport.name}-${theme}.png`,
          fullPage: true,
        });

        await page.goto('/learn/sam-autopublishalias');
        await expect(page.locator('code span[class^="tok-"]').first()).toBeVisible();
        await expectNoSevereAxeViolations(page, `code note ${viewport.name}`);
        await page.screenshot({ path: `test-results/screenshots/learn-code-${viewport.name}-${theme}.png` });

        await page.goto('/learn');
        await expectNoSevereAxeViolations(page, `list ${viewport.name}`);
        await page.screenshot({
          path: `test-results/screenshots/learn-index-${viewport.name}-${theme}.png`,
          fullPage: true,
        });

        await page.goto('/learn/glossary');
        await expectNoSevereAxeViolations(page, `glossary ${viewport.name}`);

        await page.getByRole('button', { name: 'Search' }).click();
        // By name: the header also holds the theme select, another combobox.
        const search = page.getByRole('combobox', { name: /^Search notes/ });
        await search.fill('canary');
        // The index loads when search opens: wait for the results before choosing one.
        await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
        await search.press('ArrowDown');
        await expect(page.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
        await expectNoSevereAxeViolations(page, `search ${viewport.name}`);
        await page.screenshot({ path: `test-results/screenshots/learn-search-${viewport.name}-${theme}.png` });
      });
    }
  }
});
