import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { showWorkspaceTab } from './workspaceTabs';

// The Lab's console and template editor (issue 4): typed aws commands against the simulated world,
// an AWS-style error with its exit code, and a template deployed from the editor with its
// failure marked in the template. Screenshots: test-results/screenshots/console-*.png.

test.use({ serviceWorkers: 'block' });

async function openLab(page: Page, theme: 'light' | 'dark' = 'light') {
  await page.addInitScript((chosen) => {
    localStorage.setItem('canary-lab:theme', chosen);
    localStorage.removeItem('canary-lab:console-history');
  }, theme);
  await page.goto('/lab');
  // At phone size the console is a tab of the workspace; wider, it is always on screen.
  await showWorkspaceTab(page, 'Console');
  await expect(page.getByTestId('console-input')).toBeVisible();
}

async function run(page: Page, command: string) {
  const input = page.getByTestId('console-input');
  const before = await page.getByTestId('console-entry').count();
  await input.fill(command);
  await input.press('Enter');
  await expect(page.getByTestId('console-entry')).toHaveCount(before + 1);
  return page.getByTestId('console-entry').last();
}

test.describe('Lab console', () => {
  test('creates a function from a code document, publishes it, aliases it, and shows a failing command with its AWS error and exit code', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openLab(page);

    await run(page, `echo '{"errorRate":0,"durationMs":120}' > hello.json`);
    const created = await run(
      page,
      'aws lambda create-function --function-name hello --runtime nodejs22.x --handler index.handler --role arn:aws:iam::123456789012:role/lambda-ex --zip-file fileb://hello.json',
    );
    await expect(created.locator('.stdout')).toContainText('"FunctionName": "hello"');
    await expect(created.getByTestId('exit-code')).toHaveCount(0);

    // A new function is Pending for a few seconds; a pipeline waits for Active before publishing.
    const waited = await run(page, 'aws lambda wait function-active-v2 --function-name hello');
    await expect(waited.getByTestId('exit-code')).toHaveCount(0);

    const published = await run(page, 'aws lambda publish-version --function-name hello');
    await expect(published.locator('.stdout')).toContainText('"Version": "1"');

    const alias = await run(page, 'aws lambda create-alias --function-name hello --name live --function-version 1');
    // The alias ARN is a button that asks the Inspector to open the alias.
    const arn = 'arn:aws:lambda:us-east-1:123456789012:function:hello:live';
    await page.evaluate(() =>
      window.addEventListener(
        'canary:inspect',
        (e) => ((window as unknown as { inspected: unknown }).inspected = (e as CustomEvent).detail),
      ),
    );
    await alias.getByRole('button', { name: arn }).click();
    expect(await page.evaluate(() => (window as unknown as { inspected: unknown }).inspected)).toEqual({
      kind: 'alias',
      id: arn,
    });

    const failed = await run(page, 'aws lambda create-alias --function-name hello --name live --function-version 1');
    await expect(failed.locator('.stderr')).toContainText(
      'An error occurred (ResourceConflictException) when calling the CreateAlias operation',
    );
    await expect(failed.getByTestId('exit-code')).toHaveText('exit code 254');
    await expect(page.getByTestId('console-announcer')).toContainText('Command finished, exit code 254');

    // Tab completes; ↑ brings the last command back.
    const input = page.getByTestId('console-input');
    await input.fill('aws lam');
    await input.press('Tab');
    await expect(input).toHaveValue('aws lambda ');
    await input.fill('');
    await input.press('ArrowUp');
    await expect(input).toHaveValue('aws lambda create-alias --function-name hello --name live --function-version 1');
    expect(errors).toEqual([]);
  });

  test('runs each line of a multi-line paste in order, joining backslash continuations', async ({ page }) => {
    await openLab(page);
    const input = page.getByTestId('console-input');
    await input.focus();
    await page.evaluate(() => {
      const el = document.querySelector('[data-testid="console-input"]') as HTMLInputElement;
      const data = new DataTransfer();
      data.setData(
        'text/plain',
        'aws lambda get-alias \\\n  --function-name orders --name live\naws lambda get-alias --function-name orders --name nope\n',
      );
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect(page.getByTestId('console-entry')).toHaveCount(2);
    await expect(page.getByTestId('console-entry').first().locator('.stdout')).toContainText('"Name": "live"');
    await expect(page.getByTestId('console-entry').last().getByTestId('exit-code')).toHaveText('exit code 254');
  });

  test('deploys the template from the editor into the console, then marks a broken template', async ({ page }) => {
    await openLab(page);
    await page.getByRole('tab', { name: 'Template' }).click();
    const editor = page.getByTestId('template-editor').locator('.cm-content');
    await expect(editor).toBeVisible();
    await page.getByTestId('deploy-template').click();
    const deployed = page.getByTestId('console-entry').last();
    await expect(deployed.locator('.command')).toContainText('sam deploy --stack-name checkout-app');
    await expect(deployed.locator('.stdout')).toContainText(
      'Successfully created/updated stack - checkout-app in us-east-1',
    );
    await expect(deployed.locator('.stdout')).toContainText('AWS::CodeDeploy::DeploymentGroup');

    // A second top-level Resources key is a YAML error: the deploy fails and the line is marked.
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('Resources: twice');
    await page.getByTestId('deploy-template').click();
    const failed = page.getByTestId('console-entry').last();
    await expect(failed.getByTestId('exit-code')).toHaveText('exit code 1');
    await expect(page.locator('.cm-lintRange-error').first()).toBeVisible();
    await expect(page.getByRole('list', { name: 'Template problems' })).toContainText('Line');

    // Escape leaves the editor: focus goes to Deploy.
    await editor.click();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('deploy-template')).toBeFocused();
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const viewport of [
      { name: 'phone', width: 390, height: 844 },
      { name: 'desktop', width: 1440, height: 900 },
    ]) {
      test(`console and editor screenshots, ${viewport.name}, ${theme}, with no serious axe violation`, async ({
        page,
      }) => {
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        await openLab(page, theme);
        await run(page, 'aws lambda get-alias --function-name orders --name live');
        await run(
          page,
          'aws lambda update-alias --function-name orders --name live --routing-config AdditionalVersionWeights={"2"=1.5}',
        );
        await page.locator('section.console').scrollIntoViewIfNeeded();
        await page
          .locator('section.console')
          .screenshot({ path: `test-results/screenshots/console-${viewport.name}-${theme}.png` });
        const severe: string[] = [];
        const scan = async (selector: string) => {
          const results = await new AxeBuilder({ page })
            .include(selector)
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
            .analyze();
          severe.push(
            ...results.violations
              .filter((v) => v.impact === 'serious' || v.impact === 'critical')
              .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
          );
        };
        await scan('section.console');
        // The template editor is a tab of the workspace.
        await page.getByRole('tab', { name: 'Template' }).click();
        await expect(page.getByTestId('template-editor').locator('.cm-content')).toBeVisible();
        await page
          .locator('section.template-editor')
          .screenshot({ path: `test-results/screenshots/console-editor-${viewport.name}-${theme}.png` });
        await scan('section.template-editor');
        expect(severe).toEqual([]);
      });
    }
  }
});
