import type { Page } from '@playwright/test';
import { PANELS } from '../../src/ui/lab/workspaceTabs';

/**
 * Brings one of the Lab workspace's panels on screen, by its tab's name. Below 64rem × 36rem
 * (src/ui/lab/LabWorkspace.svelte) every panel is a tab; wider, the traffic flow, timeline and console are
 * pinned on screen and only the others are tabs. The decision follows the page's own media query and panel
 * list, never whether a tab happens to be rendered yet: `isVisible()` does not wait, so it misses tabs that
 * arrive a moment after navigation.
 */
export async function showWorkspaceTab(page: Page, tab: string): Promise<void> {
  const pinned = PANELS.find((p) => p.label === tab)?.pinned ?? false;
  const wide = await page.evaluate(() => matchMedia('(min-width: 64rem) and (min-height: 36rem)').matches);
  if (!(wide && pinned)) await page.getByRole('tab', { name: tab, exact: true }).click();
}
