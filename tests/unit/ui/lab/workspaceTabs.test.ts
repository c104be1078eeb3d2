import { describe, expect, it } from 'vitest';
import { effectiveTab, PANELS, tabAfterKey, visibleTabs } from '../../../../src/ui/lab/workspaceTabs';

describe('Lab workspace tabs', () => {
  it('wide: the traffic flow, timeline and console are always on screen, so they are not tabs', () => {
    expect(visibleTabs(PANELS, true).map((t) => t.id)).toEqual([
      'deploy',
      'narration',
      'metrics',
      'environments',
      'inspector',
      'template',
    ]);
  });

  it('phone: every view is a tab, the console among the first three', () => {
    const ids = visibleTabs(PANELS, false).map((t) => t.id);
    expect(ids).toHaveLength(9);
    expect(ids.indexOf('console')).toBeLessThan(3);
  });

  it('a pinned view chosen on a phone gives way to the first tab when the window widens', () => {
    expect(effectiveTab(PANELS, 'console', false)).toBe('console');
    expect(effectiveTab(PANELS, 'console', true)).toBe('deploy');
    expect(effectiveTab(PANELS, 'metrics', true)).toBe('metrics');
  });

  it('arrow keys move to the next and previous tab and wrap; Home and End go to the ends; other keys do nothing', () => {
    const tabs = visibleTabs(PANELS, true);
    expect(tabAfterKey(tabs, 'deploy', 'ArrowRight')).toBe('narration');
    expect(tabAfterKey(tabs, 'deploy', 'ArrowLeft')).toBe('template');
    expect(tabAfterKey(tabs, 'template', 'ArrowRight')).toBe('deploy');
    expect(tabAfterKey(tabs, 'metrics', 'Home')).toBe('deploy');
    expect(tabAfterKey(tabs, 'metrics', 'End')).toBe('template');
    expect(tabAfterKey(tabs, 'metrics', 'Enter')).toBeNull();
  });
});
