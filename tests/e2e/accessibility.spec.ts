import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { shellPages } from './shellPages';

// Every page, both themes: axe must find no serious or critical violation. Screenshots at phone
// and desktop sizes are written as artefacts for people to look at (test-results/screenshots/).
const themes = ['light', 'dark'] as const;
const viewports = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1440, height: 900 },
];

test.describe('accessibility and screenshots', () => {
  test.use({ serviceWorkers: 'block' });

  for (const theme of themes) {
    for (const shellPage of shellPages) {
      test(`the ${shellPage.name} page has no serious or critical axe violation in the ${theme} theme`, async ({
        page,
      }) => {
        await page.addInitScript((chosen) => localStorage.setItem('canary-lab:theme', chosen), theme);
        for (const viewport of viewports) {
          await page.setViewportSize({ width: viewport.width, height: viewport.height });
          await page.goto(shellPage.path);
          await expect(page).toHaveTitle(shellPage.title);
          await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
          await page.screenshot({
            path: `test-results/screenshots/${shellPage.name}-${viewport.name}-${theme}.png`,
            fullPage: true,
          });
          const results = await new AxeBuilder({ page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
            .analyze();
          const severe = results.violations
            .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
            .map(
              (violation) =>
                `${violation.id} (${violation.impact}) on ${viewport.name}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
            );
          expect(severe).toEqual([]);
        }
      });
    }
  }
});
