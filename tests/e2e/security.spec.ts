// Defence in depth (issue 21 item 6): the built app ships a Content-Security-Policy (no inline
// script but the theme's, allowed by its hash; scripts from this origin only, no plugins, no <base>, network to this origin, Trusted Types
// for the note HTML sink) and still works under it on every route, offline too, with no CSP violation
// or console error; a hostile shared scenario or progress file runs nothing.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { shellPages } from './shellPages';

const ROUTES = [...shellPages.map((p) => p.path), '/learn/aliases-and-weighted-routing', '/scenarios/latest-wiring'];

/** Records CSP violations and console errors from before the first script of the page runs. */
async function watch(page: Page) {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}`);
    });
  });
  return problems;
}

const PWNED = '<img src="x" onerror="window.__pwned = 1"><script>window.__pwned = 2</script>';

test.describe('Content-Security-Policy', () => {
  test('the built page carries the policy in a meta tag and runs only the inline scripts it names by hash', async ({
    page,
    request,
  }) => {
    const html = await (await request.get('/')).text();
    const policy = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    for (const directive of [
      "script-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "connect-src 'self'",
      "require-trusted-types-for 'script'",
    ])
      expect(policy).toContain(directive);
    // frame-ancestors is ignored in a meta policy, so it is not claimed there.
    expect(policy).not.toContain('frame-ancestors');
    // The two inline scripts (the theme, before first paint; the first page's modulepreload links,
    // scripts/viteRoutePreload.ts) run because their SHA-256 hashes are in script-src; an inline script
    // without its hash there would be refused.
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
    expect(inline).toHaveLength(2);
    for (const script of inline)
      expect(policy).toContain(`'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`);
    await page.goto('/');
    expect(await page.evaluate(() => typeof (window as { trustedTypes?: unknown }).trustedTypes)).toBe('object');
    // The policy is enforced: a plain string can no longer reach an HTML sink.
    const refused = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return false;
      } catch (e) {
        return e instanceof TypeError;
      }
    });
    expect(refused).toBe(true);
  });

  test('every route works under the policy with no violation or console error', async ({ page }) => {
    const problems = await watch(page);
    for (const path of ROUTES) {
      await page.goto(path);
      await expect(page.locator('main h1').first(), path).toBeVisible();
    }
    // A note's HTML goes through the Trusted Types policy: it rendered, with its headings.
    await page.goto('/learn/aliases-and-weighted-routing');
    await expect(page.locator('main h2').first()).toBeVisible();
    expect(problems).toEqual([]);
  });

  test('offline, the service worker serves the same policy and every route still works', async ({ page, context }) => {
    const problems = await watch(page);
    await page.goto('/');
    await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated');
    await page.reload();
    expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    await context.setOffline(true);
    for (const path of ROUTES) {
      const response = await page.goto(path);
      expect(response?.fromServiceWorker(), path).toBe(true);
      await expect(page.locator('main h1').first(), path).toBeVisible();
      expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count(), path).toBe(1);
    }
    expect(problems).toEqual([]);
  });
});

test.describe('hostile shared content runs nothing', () => {
  test('a shared scenario whose texts carry markup and scripts shows them as text', async ({ page }) => {
    const problems = await watch(page);
    const scenario = parse(readFileSync('content/scenarios/latest-wiring.yaml', 'utf8'));
    scenario.predict.question = `What happens? ${PWNED}`;
    scenario.predict.choices[0].text = PWNED;
    const file = { format: 'canary-lab-scenario', version: 1, scenario };
    const fragment = Buffer.from(JSON.stringify(file), 'utf8').toString('base64url');
    await page.goto(`/workshop#scenario=j${fragment}`);
    const shared = page.getByTestId('shared-scenario');
    await shared.getByRole('button', { name: /Play this scenario/ }).click();
    await shared.getByRole('button', { name: 'Predict what happens' }).click({ timeout: 30_000 });
    await expect(shared.getByText('<script>window.__pwned = 2</script>').first()).toBeVisible();
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('main img[src="x"]').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  test('an imported progress file with markup in it is refused or stored as text, never run', async ({ page }) => {
    const problems = await watch(page);
    await page.goto('/progress');
    await expect(page.getByRole('heading', { name: 'Review today' })).toBeVisible();
    const file = {
      format: 'canary-lab-progress',
      version: 1,
      exportedAt: '2026-01-05T09:00:00.000Z',
      schemaVersion: 1,
      data: {
        attempts: [
          {
            id: PWNED,
            itemId: PWNED,
            chosenOptionIds: [PWNED],
            correct: true,
            durationMs: 1000,
            mode: 'drill',
            at: Date.UTC(2026, 0, 5),
          },
        ],
        reviewCards: [],
        scenarioRuns: [],
        notesRead: [],
        examSessions: [],
        settings: [{ key: 'theme', value: PWNED, updatedAt: Date.UTC(2026, 0, 5) }],
        meta: [],
      },
    };
    await page
      .getByLabel('Progress file')
      .setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    // Whatever the preview decides (refuse, or show the changes), nothing from the file executes.
    const preview = page.getByRole('heading', { name: 'What importing this file changes' });
    await expect(preview.or(page.getByRole('alert'))).toBeVisible();
    if (await preview.isVisible()) {
      await page.getByRole('button', { name: 'Import these changes' }).click();
      await expect(page.getByText(/Imported\./)).toBeVisible();
      await page.goto('/practice');
      await expect(page.locator('main h1').first()).toBeVisible();
    }
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(problems.filter((p) => /CSP violation|page error/.test(p))).toEqual([]);
  });
});
