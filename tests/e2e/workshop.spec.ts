// Workshop (issue 10): build an agenda and present it (steps, the Lab's views for a scenario, freeze and
// predict with a vote and a reveal, the timer), plan file round trip, the share link in a new browser
// context, the class view's counts from three learners' files, learner results prefilled from progress,
// hostile links and files refused with their own message, and screenshots + axe in both themes.
// Screenshots go to test-results/screenshots/workshop-*.png.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const PLAN_TITLE = 'Lambda deployments workshop';

function toBase64Url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A plain-JSON share fragment ("j" mark), the form a link takes when it is not compressed. */
const planFragment = (plan: unknown) => `#plan=j${toBase64Url(JSON.stringify(plan))}`;

const samplePlan = {
  format: 'canary-lab-plan',
  version: 1,
  title: 'Friday session',
  steps: [
    { kind: 'question', id: 'hooks-001', minutes: 2 },
    { kind: 'scenario', id: 'latest-wiring', minutes: 10, freezeAndPredict: true },
  ],
};

async function addStep(page: Page, kind: 'note' | 'scenario' | 'question', id: string) {
  await page.getByLabel('Kind').selectOption(kind);
  await page.getByLabel('Item').selectOption(id);
  await page.getByRole('button', { name: 'Add step' }).click();
}

async function buildAgenda(page: Page) {
  await page.goto('/workshop');
  await expect(page.getByRole('heading', { name: 'Agenda' })).toBeVisible();
  await addStep(page, 'note', 'versions-and-latest');
  await addStep(page, 'scenario', 'latest-wiring');
  await addStep(page, 'question', 'hooks-001');
  await expect(page.getByRole('list', { name: 'Session steps' }).getByRole('listitem')).toHaveCount(3);
}

function resultsFile(learner: string, items: { kind: string; id: string; correct: boolean }[]) {
  return {
    name: `${learner.toLowerCase()}.results.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({ format: 'canary-lab-results', version: 1, session: PLAN_TITLE, learner, items }),
    ),
  };
}

test.describe('workshop', () => {
  test('an agenda is built and presented: steps, Lab views, freeze and vote, reveal, timer; plan file and share link round trip', async ({
    page,
    browser,
  }) => {
    await buildAgenda(page);
    await page.getByRole('button', { name: 'Present' }).click();
    const presenter = page.getByTestId('presenter');
    await expect(presenter).toBeVisible();
    await expect(presenter.getByRole('status').filter({ hasText: 'Step 1 of 3 · note' })).toBeVisible();
    await expect(presenter.getByRole('link', { name: /open the note/ })).toHaveAttribute(
      'href',
      '/learn/versions-and-latest',
    );

    // → moves to the scenario: its world runs in the Lab's own views, held for the vote.
    await presenter.focus();
    await page.keyboard.press('ArrowRight');
    await expect(presenter.getByText('Step 2 of 3 · scenario')).toBeVisible();
    await expect(presenter.getByTestId('traffic-flow')).toBeVisible();
    await expect(presenter.getByRole('heading', { name: 'Deployment timeline' })).toBeVisible();
    await expect(presenter.getByRole('heading', { name: 'Metrics' })).toBeVisible();
    await expect(presenter.getByRole('heading', { name: 'What happened', exact: true })).toBeVisible();
    const play = presenter.getByTestId('presenter-play');
    await expect(play).toHaveText('Held for the vote');
    await expect(play).toBeDisabled();
    const simTime = presenter.getByTestId('presenter-sim-time');
    const frozenAt = await simTime.textContent();
    await page.waitForTimeout(600);
    await expect(simTime).toHaveText(frozenAt!); // frozen: no simulated time passes while the room votes

    const vote = presenter.getByTestId('vote-panel');
    await expect(vote.getByText(/What do API Gateway's users get now\?/)).toBeVisible();
    await vote.getByRole('button', { name: 'Add a vote for B' }).click();
    await vote.getByRole('button', { name: 'Add a vote for B' }).click();
    await vote.getByRole('button', { name: 'Add a vote for A' }).click();
    await expect(vote.getByTestId('votes-b')).toHaveText('2 votes');
    await expect(vote.getByTestId('votes-a')).toHaveText('1 vote');
    await expect(vote.getByTestId('votes-c')).toHaveText('0 votes');
    await expect(vote.getByRole('status')).toHaveText('3 votes');

    await vote.getByRole('button', { name: 'Reveal' }).click();
    await expect(vote.getByRole('listitem').filter({ hasText: 'The new, unpublished code' })).toContainText('✓ Right');
    await expect(vote.getByRole('listitem').filter({ hasText: 'because the alias still points at it' })).toContainText(
      '✗ Not this one',
    );
    await expect(vote.getByText('An unqualified function name runs $LATEST')).toBeVisible();
    await expect(vote.getByRole('status')).toHaveText('3 votes · 67% of the room predicted right');
    // The reveal starts the deployment and the run plays until the moment that matters, then pauses there.
    await expect(presenter.getByRole('heading', { name: 'The moment that matters' })).toBeVisible({ timeout: 30_000 });
    await expect(play).toHaveText('Play');
    expect(await simTime.textContent()).not.toBe(frozenAt);
    // Space plays and pauses the run.
    await presenter.focus();
    await page.keyboard.press('Space');
    await expect(play).toHaveText('Pause');
    await page.keyboard.press('Space');
    await expect(play).toHaveText('Play');

    // The step timer starts at the step's minutes and counts down on the wall clock.
    const timer = presenter.getByTestId('presenter-timer');
    await expect(timer).toHaveText('10:00');
    await presenter.getByRole('button', { name: 'Start timer' }).click();
    await expect(timer).toHaveText(/^9:5\d$/, { timeout: 5_000 });
    await presenter.getByRole('button', { name: 'Pause timer' }).click();

    await presenter.focus();
    await page.keyboard.press('ArrowRight');
    await expect(presenter.getByText('Step 3 of 3 · question')).toBeVisible();
    await expect(presenter.getByRole('heading', { name: 'Question for the room' })).toBeVisible();
    await expect(timer).toHaveText('2:00');
    await page.keyboard.press('ArrowLeft');
    await expect(presenter.getByTestId('presenter-play')).toHaveText('Held for the vote'); // a revisited scenario starts frozen again
    await page.keyboard.press('Escape');
    await expect(presenter).toBeHidden();
    await expect(page.getByRole('button', { name: 'Present' })).toBeFocused();

    // Plan file: export, change the agenda, import the file back.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export plan file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('lambda-deployments-workshop.plan.json');
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(exported.steps.map((s: { kind: string; id: string }) => `${s.kind}:${s.id}`)).toEqual([
      'note:versions-and-latest',
      'scenario:latest-wiring',
      'question:hooks-001',
    ]);
    await page.getByRole('button', { name: 'Remove step 3' }).click();
    await expect(page.getByRole('list', { name: 'Session steps' }).getByRole('listitem')).toHaveCount(2);
    await page.getByLabel('Import plan file').setInputFiles({
      name: 'back.plan.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(exported)),
    });
    await expect(page.getByText(`Loaded “${PLAN_TITLE}” (3 steps).`)).toBeVisible();
    await expect(page.getByRole('list', { name: 'Session steps' }).getByRole('listitem')).toHaveCount(3);

    // Share link, opened in a fresh browser context (no shared storage): the same agenda.
    await page.getByRole('button', { name: 'Make share link' }).click();
    const link = await page.getByTestId('plan-link').inputValue();
    expect(link).toMatch(/\/workshop#plan=[zj][A-Za-z0-9_-]+$/);
    const labels = await page.getByRole('list', { name: 'Session steps' }).locator('.label').allTextContents();
    const other = await browser.newContext();
    try {
      const fresh = await other.newPage();
      await fresh.goto(link);
      await expect(fresh.getByText(`Opened the shared plan “${PLAN_TITLE}”.`)).toBeVisible();
      await expect(fresh.getByRole('list', { name: 'Session steps' }).locator('.label')).toHaveText(labels);
    } finally {
      await other.close();
    }
  });

  test('a scenario step without freeze starts its deployment at once, and "Jump" runs to the moment that matters', async ({
    page,
  }) => {
    const plan = {
      ...samplePlan,
      steps: [{ kind: 'scenario', id: 'all-at-once-bad-version', minutes: 8, freezeAndPredict: false }],
    };
    await page.goto(`/workshop${planFragment(plan)}`);
    await page.getByRole('button', { name: 'Present' }).click();
    const presenter = page.getByTestId('presenter');
    await expect(presenter.getByTestId('vote-panel')).toHaveCount(0);
    const play = presenter.getByTestId('presenter-play');
    await expect(play).toHaveText('Play');
    await presenter.getByRole('button', { name: 'Jump to the moment that matters' }).click();
    await expect(presenter.getByRole('heading', { name: 'The moment that matters' })).toBeVisible({ timeout: 30_000 });
    await expect(presenter.getByTestId('traffic-flow')).toBeVisible();
    await expect(play).toHaveText('Play');

    // Tab stays inside the presenter (a modal dialog): Shift+Tab on its first control wraps to its last, Tab wraps back.
    const first = presenter.getByRole('button', { name: 'Start timer' });
    await first.focus();
    await page.keyboard.press('Shift+Tab');
    await expect(first).not.toBeFocused();
    expect(await presenter.evaluate((el) => el !== document.activeElement && el.contains(document.activeElement))).toBe(
      true,
    );
    await page.keyboard.press('Tab');
    await expect(first).toBeFocused();

    // The Fullscreen API puts the whole page (with the presenter over it) on the screen, and back.
    await presenter.getByRole('button', { name: 'Full screen' }).click();
    await expect(presenter.getByRole('button', { name: 'Exit full screen' })).toBeVisible();
    expect(await page.evaluate(() => document.fullscreenElement === document.documentElement)).toBe(true);
    await presenter.getByRole('button', { name: 'Exit full screen' }).click();
    await expect(presenter.getByRole('button', { name: 'Full screen' })).toBeVisible();
  });

  test("three learners' results files give the class view's exact counts and the most-missed trap", async ({
    page,
  }) => {
    await page.goto('/workshop');
    await page.getByLabel('Import results files').setInputFiles([
      resultsFile('Ana', [
        { kind: 'question', id: 'hooks-002', correct: true },
        { kind: 'question', id: 'versions-aliases-005', correct: false },
        { kind: 'scenario', id: 'latest-wiring', correct: false },
      ]),
      resultsFile('Ben', [
        { kind: 'question', id: 'hooks-002', correct: true },
        { kind: 'question', id: 'versions-aliases-005', correct: false },
        { kind: 'scenario', id: 'latest-wiring', correct: true },
      ]),
      resultsFile('Cleo', [
        { kind: 'question', id: 'hooks-002', correct: false },
        { kind: 'scenario', id: 'latest-wiring', correct: false },
      ]),
    ]);
    await expect(page.getByText('3 learners.')).toBeVisible();
    const row = (item: string) => page.locator(`tr[data-item="${item}"] td`);
    // Columns: right (who), wrong (who), not attempted, score.
    await expect(row('question:hooks-002')).toHaveText(['2 (Ana, Ben)', '1 (Cleo)', '0', '67%']);
    await expect(row('question:versions-aliases-005')).toHaveText(['0', '2 (Ana, Ben)', '1', '0%']);
    await expect(row('scenario:latest-wiring')).toHaveText(['1 (Ben)', '2 (Ana, Cleo)', '0', '33%']);
    // latest-wiring: 2 misses on the question tagged with it + 2 on the scenario itself, of 5 attempts.
    const traps = page.getByRole('heading', { name: 'Most-missed traps' }).locator('+ ol li');
    await expect(traps).toHaveText(['latest-wiring: 4 missed of 5', 'hook-never-reports: 1 missed of 3']);
    await expect(page.getByRole('img', { name: /Heatmap of answers/ }).locator('rect.wrong')).toHaveCount(5);
    await expect(page.getByTestId('mixed-sessions')).toHaveCount(0);

    // A file from another session is counted but flagged, so the facilitator can spot it.
    const stray = resultsFile('Dev', [{ kind: 'question', id: 'hooks-002', correct: true }]);
    stray.buffer = Buffer.from(stray.buffer.toString().replace(PLAN_TITLE, 'Tuesday session'));
    await page.getByLabel('Import results files').setInputFiles(stray);
    await expect(page.getByText('4 learners.')).toBeVisible();
    await expect(page.getByTestId('mixed-sessions')).toHaveText(
      `These files come from 2 different sessions: “${PLAN_TITLE}” (3 files), “Tuesday session” (1 file). Check that they all belong to this class.`,
    );
    await expect(row('question:hooks-002')).toHaveText(['3 (Ana, Ben, Dev)', '1 (Cleo)', '0', '75%']);
  });

  test("a learner's results are prefilled from today's progress and can still be corrected", async ({ page }) => {
    const now = Date.now();
    const progress = {
      format: 'canary-lab-progress',
      version: 1,
      exportedAt: new Date(now).toISOString(),
      schemaVersion: 2,
      data: {
        attempts: [
          {
            id: 'w-1',
            itemId: 'hooks-001',
            chosenOptionIds: ['b'],
            correct: false,
            durationMs: 20_000,
            mode: 'drill',
            at: now - 120_000,
          },
          {
            id: 'w-2',
            itemId: 'hooks-001',
            chosenOptionIds: ['a'],
            correct: true,
            durationMs: 20_000,
            mode: 'drill',
            at: now - 60_000,
          },
        ],
        reviewCards: [],
        scenarioRuns: [
          {
            id: 'w-3',
            scenarioId: 'latest-wiring',
            seed: 42,
            predictedChoice: 'a',
            predictionCorrect: false,
            goalReached: true,
            durationMs: 90_000,
            at: now - 30_000,
            hintsUsed: 0,
          },
        ],
        notesRead: [],
        examSessions: [],
        settings: [],
        meta: [],
      },
    };
    await page.goto('/progress');
    await page
      .getByLabel('Progress file')
      .setInputFiles({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(progress)) });
    await page.getByRole('button', { name: 'Import these changes' }).click();
    await expect(page.getByText(/Imported\./)).toBeVisible();

    await page.goto(`/workshop${planFragment(samplePlan)}`);
    await expect(page.getByTestId('prefill-status')).toHaveText('Found 2 of 2 in your progress.');
    const question = page.getByLabel('Result for question hooks-001');
    const scenario = page.getByLabel('Result for scenario latest-wiring');
    await expect(question).toHaveValue('right'); // the newest of the two answers
    await expect(scenario).toHaveValue('wrong'); // goal reached, but the prediction was wrong
    await scenario.selectOption('right');
    await expect(page.locator('li[data-item="scenario:latest-wiring"]')).toContainText('set by you');
    await page.getByLabel('Your name').fill('Dana');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export results file' }).click(),
    ]);
    const file = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(file).toMatchObject({
      format: 'canary-lab-results',
      version: 1,
      session: 'Friday session',
      learner: 'Dana',
    });
    expect(file.items).toEqual([
      { kind: 'question', id: 'hooks-001', correct: true },
      { kind: 'scenario', id: 'latest-wiring', correct: true },
    ]);
  });

  test.describe('hostile links and files are refused with their own message, and nothing is loaded or run', () => {
    let dialogs: string[];
    test.beforeEach(async ({ page }) => {
      dialogs = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
    });
    test.afterEach(() => expect(dialogs).toEqual([]));

    test('a plan link with a script tag in its title', async ({ page }) => {
      await page.goto(`/workshop${planFragment({ ...samplePlan, title: '<script>alert("pwned")</script>' })}`);
      await expect(page.getByTestId('link-error')).toHaveText(
        'This link was not opened: This session plan is not valid: field “title”: angle brackets (HTML markup) are not allowed. Nothing from it was loaded or run.',
      );
      await expect(page.getByText('No steps yet')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Present' })).toBeDisabled();
      expect(
        await page
          .locator('script:not([src])')
          .evaluateAll((els) => els.filter((e) => e.textContent?.includes('pwned')).length),
      ).toBe(0);
    });

    test('an oversized link', async ({ page }) => {
      await page.goto(`/workshop#plan=j${'A'.repeat(20_000)}`);
      await expect(page.getByTestId('link-error')).toHaveText(
        'This link was not opened: The link carries 20 KB of data; links are limited to 16 KB, so it was not opened. Nothing from it was loaded or run.',
      );
      await expect(page.getByText('No steps yet')).toBeVisible();
    });

    test('a plan file of a newer version', async ({ page }) => {
      await page.goto('/workshop');
      await page.getByLabel('Import plan file').setInputFiles({
        name: 'future.plan.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify({ ...samplePlan, version: 2 })),
      });
      await expect(page.getByRole('alert')).toHaveText(
        'This session plan has version 2; this copy of Canary Lab reads version 1. Update the app or ask for a new export.',
      );
      await expect(page.getByText('No steps yet')).toBeVisible();
    });

    test('a malformed results file', async ({ page }) => {
      await page.goto('/workshop');
      await page.getByLabel('Import results files').setInputFiles({
        name: 'broken.results.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"format":"canary-lab-results","version":1,'),
      });
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('Some files were refused:');
      await expect(alert).toContainText(/broken\.results\.json: This file is not valid JSON \(/);
      await expect(page.getByText('Import the results files your learners exported')).toBeVisible();
    });
  });

  test.describe('screenshots and axe', () => {
    for (const theme of ['light', 'dark'] as const) {
      test(`workshop page on a phone and a desktop, ${theme}`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: theme });
        await page.goto(`/workshop${planFragment(samplePlan)}`);
        await expect(page.getByText('Opened the shared plan “Friday session”.')).toBeVisible();
        await page.getByLabel('Import results files').setInputFiles([
          resultsFile('Ana', [
            { kind: 'question', id: 'hooks-001', correct: true },
            { kind: 'scenario', id: 'latest-wiring', correct: false },
          ]),
          resultsFile('Ben', [{ kind: 'question', id: 'hooks-001', correct: false }]),
        ]);
        await expect(page.getByText('2 learners.')).toBeVisible();
        for (const viewport of [
          { name: 'phone', width: 390, height: 844 },
          { name: 'desktop', width: 1280, height: 800 },
        ]) {
          await page.setViewportSize(viewport);
          await page.screenshot({
            path: `test-results/screenshots/workshop-${viewport.name}-${theme}.png`,
            fullPage: true,
          });
          const results = await new AxeBuilder({ page }).analyze();
          expect(
            results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
          ).toEqual([]);
          // Nothing in the agenda, results or class view sticks out sideways (wide tables scroll in their own region).
          const sections = ['agenda-heading', 'results-heading', 'class-heading']
            .map((id) => `section[aria-labelledby="${id}"] *`)
            .join(', ');
          const overflowing = await page.evaluate(
            ({ w, sections }) =>
              [...document.querySelectorAll(sections)]
                .filter((e) => e.getBoundingClientRect().right > w + 1 && !e.closest('.scroll'))
                .map((e) => `${e.tagName}.${e.className}`)
                .slice(0, 5),
            { w: viewport.width, sections },
          );
          expect(overflowing).toEqual([]);
        }
      });

      test(`presenter view on a 1920 projector, ${theme}`, async ({ page }) => {
        await page.setViewportSize({ width: 1920, height: 1080 });
        await page.emulateMedia({ colorScheme: theme });
        await page.goto(`/workshop${planFragment(samplePlan)}`);
        await page.getByRole('button', { name: 'Present' }).click();
        const presenter = page.getByTestId('presenter');
        await presenter.focus();
        await page.keyboard.press('ArrowRight');
        const vote = presenter.getByTestId('vote-panel');
        await vote.getByRole('button', { name: 'Add a vote for B' }).click();
        await vote.getByRole('button', { name: 'Add a vote for A' }).click();
        await vote.getByRole('button', { name: 'Reveal' }).click();
        await expect(presenter.getByRole('heading', { name: 'The moment that matters' })).toBeVisible({
          timeout: 30_000,
        });
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
          [],
        );
        await page.screenshot({ path: `test-results/screenshots/workshop-presenter-1920-${theme}.png` });
      });
    }
  });
});
