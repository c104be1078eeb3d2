// The presenter view in real rooms (issue 17): at 1280×720, 1440×900 and 1920×1080 an agenda of a
// note, a scenario and a question is walked with the keyboard, and on every step no text is drawn over
// other text and nothing is wider than the screen. Screenshots of each size and step in
// test-results-*/screenshots/presenter-*.png.
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';

test.use({ serviceWorkers: 'block' });
test.setTimeout(240_000);

function toBase64Url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const plan = {
  format: 'canary-lab-plan',
  version: 1,
  title: 'Lambda deployments for the platform team',
  steps: [
    { kind: 'note', id: 'versions-and-latest', minutes: 5 },
    { kind: 'scenario', id: 'latest-wiring', minutes: 10, freezeAndPredict: true },
    { kind: 'question', id: 'alarms-rollback-002', minutes: 3 },
  ],
};

const sizes = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
];

/**
 * Pairs of visible text runs (HTML text, not chart labels inside SVG) whose boxes overlap by more than
 * 2 px each way, described for the failure message; an empty list means no text is drawn over other text.
 * A run is cut to what its clipping ancestors (overflow other than visible, e.g. a visually hidden
 * label or a scrolling table) let show, so text that cannot be seen (nor the inside of a closed
 * details) is not counted.
 */
async function overlappingText(presenter: Locator): Promise<string[]> {
  return presenter.evaluate((root) => {
    type Box = { left: number; top: number; right: number; bottom: number };
    const clipOf = (el: Element): Box | null => {
      let box: Box = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
      for (let a: Element | null = el, child: Element | null = null; a; child = a, a = a.parentElement) {
        // A closed <details> still lays out its content in Chromium, but shows only its summary.
        if (a instanceof HTMLDetailsElement && !a.open && child?.tagName !== 'SUMMARY') return null;
        const style = getComputedStyle(a);
        if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') return null;
        if (
          style.overflowX !== 'visible' ||
          style.overflowY !== 'visible' ||
          style.clipPath !== 'none' ||
          style.clip !== 'auto'
        ) {
          const r = a.getBoundingClientRect();
          box = {
            left: Math.max(box.left, r.left),
            top: Math.max(box.top, r.top),
            right: Math.min(box.right, r.right),
            bottom: Math.min(box.bottom, r.bottom),
          };
        }
        if (a === root) break;
      }
      return box;
    };
    const runs: { text: string; rect: Box; node: Node }[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (!text || !parent || parent.closest('svg')) continue;
      const clip = clipOf(parent);
      if (!clip) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) {
        const rect = {
          left: Math.max(r.left, clip.left),
          top: Math.max(r.top, clip.top),
          right: Math.min(r.right, clip.right),
          bottom: Math.min(r.bottom, clip.bottom),
        };
        if (rect.right - rect.left > 1 && rect.bottom - rect.top > 1) runs.push({ text, rect, node });
      }
    }
    const found: string[] = [];
    for (let i = 0; i < runs.length; i++) {
      for (let j = i + 1; j < runs.length; j++) {
        const a = runs[i]!;
        const b = runs[j]!;
        if (a.node === b.node) continue;
        const x = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const y = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        if (x > 2 && y > 2) found.push(`“${a.text.slice(0, 40)}” over “${b.text.slice(0, 40)}”`);
      }
    }
    return found;
  });
}

/** Elements inside the presenter that reach past the right edge of the screen. */
async function widerThanScreen(page: Page, presenter: Locator): Promise<string[]> {
  const width = page.viewportSize()!.width;
  return presenter.evaluate((root, screenWidth) => {
    const out: string[] = [];
    if (root.scrollWidth > root.clientWidth + 1) out.push(`presenter scrolls sideways (${root.scrollWidth}px)`);
    for (const el of root.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > screenWidth + 1 && !el.closest('[data-scrolls]'))
        out.push(`${el.tagName.toLowerCase()}.${el.className} ends at ${Math.round(r.right)}px`);
    }
    return out.slice(0, 5);
  }, width);
}

for (const size of sizes) {
  test(`at ${size.width}×${size.height} the agenda's note, scenario and question show without overlap or overflow`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await page.goto(`/workshop#plan=j${toBase64Url(JSON.stringify(plan))}`);
    await page.getByRole('button', { name: 'Present' }).click();
    const presenter = page.getByTestId('presenter');
    await expect(presenter).toBeVisible();

    const checkStep = async (name: string, shoot = true) => {
      // Let the Lab's views and fonts settle before measuring.
      await page.waitForTimeout(300);
      if (shoot)
        await page.screenshot({
          path: join(
            test.info().project.outputDir,
            'screenshots',
            `presenter-${size.width}x${size.height}-${name}.png`,
          ),
        });
      // The presenter scrolls when a step is taller than the screen: check every screenful, not just the first.
      const { scrollHeight, clientHeight } = await presenter.evaluate((el) => ({
        scrollHeight: el.scrollHeight,
        clientHeight: el.clientHeight,
      }));
      for (let top = 0; top < scrollHeight; top += clientHeight) {
        await presenter.evaluate((el, y) => el.scrollTo(0, y), top);
        if (shoot && top > 0)
          await page.screenshot({
            path: join(
              test.info().project.outputDir,
              'screenshots',
              `presenter-${size.width}x${size.height}-${name}-scrolled-${top}.png`,
            ),
          });
        expect(await overlappingText(presenter), `${name} (scrolled to ${top}px): overlapping text`).toEqual([]);
      }
      await presenter.evaluate((el) => el.scrollTo(0, 0));
      expect(await widerThanScreen(page, presenter), `${name}: wider than the screen`).toEqual([]);
    };

    // Step 1: the note itself, paged for projection.
    await expect(presenter.getByRole('heading', { level: 3, name: 'Versions and $LATEST' })).toBeVisible();
    await expect(presenter.getByRole('heading', { level: 2, name: 'What publishing captures' })).toHaveCount(0);
    await checkStep('note');
    // A clicker's PageDown turns the note's pages (one section each), then moves on to the next step.
    await presenter.focus();
    const pages = Number((await presenter.locator('.pager span').first().textContent())?.match(/of (\d+)/)?.[1]);
    expect(pages).toBeGreaterThan(1);
    for (let n = 2; n <= pages; n++) {
      await page.keyboard.press('PageDown');
      await expect(presenter.getByRole('status')).toContainText(`page ${n} of ${pages}`);
      await checkStep(`note-page-${n}`, n === 2);
    }
    await expect(presenter.getByRole('button', { name: 'Next page' })).toBeDisabled();
    await expect(presenter.getByRole('button', { name: 'Previous page' })).toBeEnabled();
    await page.keyboard.press('PageUp');
    await expect(presenter.getByRole('status')).toContainText(`page ${pages - 1} of ${pages}`);

    await page.keyboard.press('ArrowRight');
    await expect(presenter.getByRole('heading', { level: 3, name: 'The API that skipped the canary' })).toBeVisible();
    await expect(presenter.getByTestId('traffic-flow')).toBeVisible();
    await checkStep('scenario');

    await page.keyboard.press('ArrowRight');
    await expect(presenter.getByRole('heading', { name: 'Question for the room' })).toBeVisible();
    // Titles, not ids: the question is named by its topic in words.
    await expect(presenter.getByRole('heading', { level: 3, name: 'Question on alarms and rollback' })).toBeVisible();
    await checkStep('question');

    // The agenda folds away and comes back; the stage then takes the whole width.
    await presenter.getByRole('button', { name: 'Hide agenda' }).click();
    await expect(presenter.getByRole('navigation', { name: 'Agenda' })).toBeHidden();
    await expect(presenter.getByRole('button', { name: 'Show agenda' })).toHaveAttribute('aria-expanded', 'false');
    await checkStep('question-no-agenda');
    await presenter.getByRole('button', { name: 'Show agenda' }).click();
    await expect(presenter.getByRole('navigation', { name: 'Agenda' })).toBeVisible();
  });
}
