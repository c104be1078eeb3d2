import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// The diagrams in the notes (issue 15, item 6): each note draws its diagram, with a caption and a
// text version a screen reader reads (the drawing itself is hidden from it), fits a 390 px phone
// without sideways scrolling, and passes axe in both themes. Screenshots of each diagram land in
// <outputDir>/screenshots/diagram-*.png for people to look at.

const DIAGRAMS = [
  {
    note: 'lifecycle-hooks',
    caption: 'One Lambda deployment, event by event',
    textSummary: 'The timeline as text',
    // Start, BeforeAllowTraffic, AllowTraffic, AfterAllowTraffic, End.
    items: 5,
    mustSay: /PutLifecycleEventHookExecutionStatus within one hour/,
  },
  {
    note: 'raw-cloudformation-codedeploy',
    caption: 'A stack update that moves an alias: who calls whom',
    textSummary: 'The steps as text',
    items: 10,
    mustSay: /CloudFormation \(stack waits\) from step 3 to step 10/,
  },
  {
    note: 'alarms-and-rollback',
    caption: 'A stopped deployment and its rollback point at each other',
    textSummary: 'The records as text',
    items: 3 + 7,
    mustSay: /rollbackTriggeringDeploymentId: d-EXAMPLE111\s*\(points to Deployment d-EXAMPLE111\)/,
  },
  {
    note: 'choosing-a-deployment-method',
    caption: 'Which deployment method? Ask these in order',
    textSummary: 'The tree as text',
    // 5 questions and 6 answers.
    items: 11,
    mustSay: /Yes: CodeDeploy AllAtOnce/,
  },
];

async function severeAxeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .include('figure.diagram-block')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('diagrams in the notes', () => {
  test.use({ serviceWorkers: 'block' });

  for (const diagram of DIAGRAMS) {
    test(`${diagram.note} draws "${diagram.caption}" with a text version`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto(`/learn/${diagram.note}`);
      const figure = page.locator('figure.diagram-block', { hasText: diagram.caption });
      await expect(figure).toHaveCount(1);
      await expect(figure.locator('figcaption')).toContainText(diagram.caption);
      // The drawing is there but hidden from assistive technology…
      const svg = figure.locator('svg');
      await expect(svg).toBeVisible();
      await expect(svg).toHaveAttribute('aria-hidden', 'true');
      // …which reads the caption and the open text version instead.
      const text = figure.getByRole('group').filter({ hasText: diagram.textSummary });
      await expect(text).toHaveAttribute('open', '');
      await expect(text.locator('li')).toHaveCount(diagram.items);
      await expect(text).toContainText(diagram.mustSay);
      await expect(figure.getByRole('link').first()).toHaveAttribute(
        'href',
        /^https:\/\/(docs\.aws\.amazon\.com|github\.com\/aws)/,
      );
      expect(errors).toEqual([]);
    });
  }

  for (const theme of ['light', 'dark'] as const) {
    for (const viewport of [
      { name: 'phone', width: 390, height: 844 },
      { name: 'desktop', width: 1440, height: 900 },
    ]) {
      test(`every diagram passes axe and fits the page (${theme}, ${viewport.name})`, async ({ page }) => {
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        await page.addInitScript((chosen) => localStorage.setItem('canary-lab:theme', chosen), theme);
        for (const diagram of DIAGRAMS) {
          await page.goto(`/learn/${diagram.note}`);
          await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
          const figure = page.locator('figure.diagram-block', { hasText: diagram.caption });
          await expect(figure.locator('svg')).toBeVisible();
          // The figure fits the viewport (no sideways scroll because of it), and the drawing fits the figure.
          // (Checked on the figure, not the whole page: the note pager's long titles are not this spec's concern.)
          const viewportWidth = page.viewportSize()!.width;
          const [figureBox, svgBox] = [await figure.boundingBox(), await figure.locator('svg').boundingBox()];
          expect(figureBox!.x + figureBox!.width, `${diagram.note} figure is wider than the page`).toBeLessThanOrEqual(
            viewportWidth,
          );
          expect(svgBox!.x + svgBox!.width).toBeLessThanOrEqual(figureBox!.x + figureBox!.width);
          expect(await severeAxeViolations(page), `${diagram.note} (${theme})`).toEqual([]);
          await figure.screenshot({
            path: `${test.info().project.outputDir}/screenshots/diagram-${diagram.note}-${viewport.name}-${theme}.png`,
          });
        }
      });
    }
  }
});
