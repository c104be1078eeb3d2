import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { showWorkspaceTab } from './workspaceTabs';

// The Lab's default world (seed 42): orders:live on version 1, a faulty version 2, an error-rate
// alarm on the alias and a deployment group with automatic rollback. Simulated time runs at 600×.
test.use({ serviceWorkers: 'block' });

async function openLab(page: Page) {
  await page.goto('/lab');
  await expect(page.getByRole('heading', { level: 1, name: 'Lab' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start deployment' })).toBeEnabled();
}

/** Plays at 600× straight through (auto-pause off) until `done`; the callout has its own test. */
async function runUntil(page: Page, done: () => Promise<boolean>, what: string) {
  await page.getByTestId('auto-pause').uncheck();
  await page.getByRole('button', { name: '600×' }).click();
  if ((await page.getByTestId('play-toggle').textContent())?.trim() === 'Play')
    await page.getByTestId('play-toggle').click();
  await expect.poll(done, { message: what, timeout: 60_000 }).toBe(true);
  await page.getByTestId('play-toggle').click();
}

const narrationText = (page: Page) => page.getByTestId('narration-log').innerText();

test.describe('Lab', () => {
  test('a canary of the faulty version raises the alarm, stops and rolls back, and the narration says so', async ({
    page,
  }) => {
    await openLab(page);
    await page.getByTestId('target-version').selectOption('2');
    await page.getByTestId('deployment-config').selectOption('CodeDeployDefault.LambdaCanary10Percent5Minutes');
    await page.getByRole('button', { name: 'Start deployment' }).click();
    await expect(page.getByTestId('deploy-result')).toContainText('In progress: 10 % on version 2');
    await runUntil(
      page,
      async () => /rollback d-\w+ moved alias live back to version 1/.test(await narrationText(page)),
      'rollback narrated',
    );
    const log = await narrationText(page);
    expect(log).toContain('entered ALARM');
    // The headline and the status line are the learner's deployment and how it ended, not the rollback's success.
    await expect(page.getByTestId('timeline-outcome')).toHaveText('Stopped by alarm orders-live-error-rate');
    await expect(page.getByTestId('deploy-result')).toContainText(
      'Stopped by alarm orders-live-error-rate; rolled back by d-',
    );
    expect(log).toMatch(/now sends 90% of requests to version 1 and 10% to version 2/);
    // The timeline of the stopped deployment links to the rollback deployment it created.
    await page.getByRole('combobox', { name: 'Deployment' }).selectOption({ index: 1 });
    await expect(page.getByTestId('timeline-summary')).toContainText('Stopped');
    await page
      .getByTestId('timeline-summary')
      .getByRole('button', { name: /^Rolled back by d-/ })
      .click();
    await expect(page.getByTestId('timeline-summary')).toContainText('rollback, one step');
    await expect(page.getByTestId('timeline-summary')).toContainText('Succeeded');
  });

  test('a canary of the fixed version runs to Succeeded and the alias ends on it', async ({ page }) => {
    await openLab(page);
    await page.getByRole('button', { name: 'Fix the bug and publish a version' }).click();
    await expect(page.getByTestId('deploy-result')).toHaveText('Published version 3 with the fix.');
    await page.getByTestId('target-version').selectOption('3');
    await page.getByRole('button', { name: 'Start deployment' }).click();
    await runUntil(
      page,
      async () => (await page.getByTestId('timeline-summary').innerText()).includes('Succeeded'),
      'deployment succeeded',
    );
    await expect(page.getByTestId('timeline-summary')).toContainText('version 1 → 3');
    expect(await narrationText(page)).toContain('Alias live of orders now sends every request to version 3');
    // A table alternative holds the same schedule numbers as the chart.
    await page.getByText('Schedule table').click();
    await expect(page.getByRole('cell', { name: /\(\+5 min\)/ })).toBeVisible();
  });

  test('keyboard shortcuts drive the controls and are listed in the help', async ({ page }) => {
    await openLab(page);
    await page.locator('body').press('4');
    await expect(page.getByRole('button', { name: '600×' })).toHaveAttribute('aria-pressed', 'true');
    await page.locator('body').press('1');
    await expect(page.getByRole('button', { name: '1×' })).toHaveAttribute('aria-pressed', 'true');
    await page.locator('body').press(' ');
    await expect(page.getByTestId('play-toggle')).toHaveText('Pause');
    await page.locator('body').press(' ');
    await expect(page.getByTestId('play-toggle')).toHaveText('Play');
    // Run a little, then scrub back ten seconds with ← and return to live with →.
    await page.locator('body').press('4');
    await page.locator('body').press(' ');
    await expect.poll(async () => (await page.getByTestId('sim-time').textContent()) !== '09:00:00').toBe(true);
    await page.locator('body').press(' ');
    await page.locator('body').press('ArrowLeft');
    await expect(page.getByText('(looking back)')).toBeVisible();
    await page.locator('body').press('ArrowRight');
    await expect(page.getByText('(looking back)')).toHaveCount(0);
    await page.getByText('Shortcuts', { exact: true }).click();
    await expect(page.getByText('Skip to the next event')).toBeVisible();
  });

  test('reduced motion: the learner can turn particles off, the choice survives a reload, and the system preference is honoured', async ({
    page,
  }) => {
    await openLab(page);
    const animate = page.getByLabel(/Animate requests/);
    await expect(animate).toBeEnabled();
    await page.getByLabel('Reduce motion').check();
    await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduce');
    await expect(animate).toBeDisabled();
    await expect(page.getByText('Animate requests (off: reduced motion)')).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Reduce motion')).toBeChecked();
    await expect(page.getByLabel(/Animate requests/)).toBeDisabled();
    await page.getByLabel('Reduce motion').uncheck();
    await expect(page.locator('html')).not.toHaveAttribute('data-motion', 'reduce');
    await expect(page.getByLabel(/Animate requests/)).toBeEnabled();

    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.reload();
    await expect(page.getByLabel(/Reduce motion/)).toBeChecked();
    await expect(page.getByLabel(/Reduce motion/)).toBeDisabled();
    await expect(page.getByText('Reduce motion (your system asks for it)')).toBeVisible();
    await expect(page.getByLabel(/Animate requests/)).toBeDisabled();
  });

  test('the default bad canary is red on its branch, and the run pauses with a focused callout when the alarm fires, also after 600×', async ({
    page,
  }) => {
    await openLab(page);
    await page.getByRole('button', { name: 'Start deployment' }).click();
    // The start is a moment: the callout opens, focus on it, with the rule and the AWS page.
    const callout = page.getByTestId('moment-callout');
    await expect(callout).toContainText('Deployment');
    await expect(callout.getByRole('heading')).toBeFocused();
    await expect(callout.getByRole('link', { name: /AWS documentation/ }).first()).toBeVisible();
    // Version 2 gets 10 % and its box says it fails one request in ten.
    await expect(page.getByTestId('flow-version').filter({ hasText: 'version 2' })).toContainText('10 % · ');
    await expect(page.getByTestId('flow-version').filter({ hasText: 'version 2' })).toContainText('10 % fail');
    // Watched at 10×, failure markers (red crosses) are drawn on version 2's branch and none on version 1's:
    // the canvas keeps a running count of the failure markers it has drawn per version.
    await page.getByRole('button', { name: '10×' }).click();
    await page.getByTestId('moment-continue').click();
    const drawn = async () =>
      JSON.parse(
        (await page.locator('canvas[data-failures-drawn]').getAttribute('data-failures-drawn')) ?? '{}',
      ) as Record<string, number>;
    await expect
      .poll(
        async () => {
          // Other moments (the first traffic shift) pause the run too: continue past them.
          const paused = await page.getByTestId('moment-continue').isVisible();
          if (paused && !(await callout.innerText()).includes('ALARM'))
            await page.getByTestId('moment-continue').click();
          return (await drawn())['2'] ?? 0;
        },
        { timeout: 30_000 },
      )
      .toBeGreaterThan(0);
    expect((await drawn())['1'] ?? 0).toBe(0);
    // The learner speeds up to 600×: the alarm still pauses the run, and focus moves to its callout.
    const fast = page.getByRole('button', { name: '600×' });
    if (await page.getByTestId('moment-continue').isVisible()) await page.getByTestId('moment-continue').click();
    await fast.click();
    await expect(callout).toContainText('is in ALARM', { timeout: 60_000 });
    await expect(callout).toContainText('Rule:');
    await expect(callout.getByRole('heading')).toBeFocused();
    await expect(page.getByTestId('play-toggle')).toHaveText('Play');
    await expect(page.getByTestId('moment-continue')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('lab-workspace-alarm-callout.png') });
  });

  test('the workspace keeps the traffic flow, the timeline and the console input in the window together, without page scroll', async ({
    page,
  }) => {
    for (const size of [
      { width: 1280, height: 720 },
      { width: 1440, height: 900 },
      { width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize(size);
      await openLab(page);
      for (const [what, locator] of [
        ['traffic flow', page.getByRole('heading', { name: 'Traffic flow' })],
        ['timeline', page.getByRole('heading', { name: 'Deployment timeline' })],
        ['console input', page.getByTestId('console-input')],
      ] as const) {
        const box = await locator.boundingBox();
        expect(box, `${what} at ${size.width}×${size.height}`).not.toBeNull();
        expect(box!.y, `${what} top at ${size.width}×${size.height}`).toBeGreaterThanOrEqual(0);
        expect(box!.y + box!.height, `${what} bottom at ${size.width}×${size.height}`).toBeLessThanOrEqual(size.height);
      }
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
    }
  });

  test('at phone size every view is a tab, reachable with the arrow keys, the console one tap away', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openLab(page);
    const tabs = page.getByRole('tablist', { name: 'Lab views' }).getByRole('tab');
    await expect(tabs).toHaveText([
      'Traffic',
      'Timeline',
      'Console',
      'Deploy',
      'Events',
      'Metrics',
      'Environments',
      'Inspector',
      'Template',
    ]);
    await page.getByRole('tab', { name: 'Console' }).click();
    await expect(page.getByTestId('console-input')).toBeInViewport();
    // WAI-ARIA tabs: the arrow keys move between tabs and show each one's panel.
    await page.getByRole('tab', { name: 'Console' }).press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Deploy' })).toBeFocused();
    await expect(page.getByRole('tabpanel', { name: 'Deploy' })).toBeVisible();
    await page.keyboard.press('End');
    await expect(page.getByRole('tabpanel', { name: 'Template' })).toBeVisible();
    await page.keyboard.press('Home');
    await expect(page.getByRole('tabpanel', { name: 'Traffic' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Traffic flow' })).toBeVisible();
  });

  // The workspace's screenshots at three desktop sizes and a phone, with what each must show: lab-workspace.spec.ts.

  for (const theme of ['light', 'dark'] as const) {
    test(`screenshots of every Lab view and no serious axe violation (${theme})`, async ({ page }) => {
      await page.addInitScript((chosen) => localStorage.setItem('canary-lab:theme', chosen), theme);
      for (const viewport of [
        { name: 'phone', width: 390, height: 844 },
        { name: 'desktop', width: 1440, height: 900 },
      ]) {
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        await openLab(page);
        await page.getByRole('button', { name: 'Start deployment' }).click();
        await runUntil(page, async () => (await narrationText(page)).includes('entered ALARM'), 'alarm');
        await page.screenshot({ path: `test-results/screenshots/lab-${viewport.name}-${theme}.png`, fullPage: true });
        for (const [name, label, tab] of [
          ['timeline', 'Deployment timeline', 'Timeline'],
          ['metrics', 'Metrics', 'Metrics'],
          ['environments', 'Execution environments', 'Environments'],
          ['narration', 'What happened', 'Events'],
        ] as const) {
          await showWorkspaceTab(page, tab);
          await page
            .getByRole('region', { name: label, exact: true })
            .screenshot({ path: `test-results/screenshots/lab-${name}-${viewport.name}-${theme}.png` });
        }
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
          .analyze();
        const severe = results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map(
            (v) => `${v.id} (${v.impact}) on ${viewport.name}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
        expect(severe).toEqual([]);
      }
    });
  }
});
