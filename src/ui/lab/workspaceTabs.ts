/**
 * The Lab workspace's panels and the keyboard rules of its tab list (WAI-ARIA Authoring Practices,
 * "Tabs with automatic activation": https://www.w3.org/WAI/ARIA/apg/patterns/tabs/). Plain data and
 * functions, so the rules are tested without a browser.
 */
export type PanelId =
  'flow' | 'timeline' | 'console' | 'deploy' | 'metrics' | 'environments' | 'inspector' | 'narration' | 'template';

export interface PanelInfo {
  id: PanelId;
  label: string;
  /** Pinned panels are always on screen in the wide workspace; at phone size they are tabs like the rest. */
  pinned: boolean;
}

export const PANELS: readonly PanelInfo[] = [
  { id: 'flow', label: 'Traffic', pinned: true },
  { id: 'timeline', label: 'Timeline', pinned: true },
  { id: 'console', label: 'Console', pinned: true },
  { id: 'deploy', label: 'Deploy', pinned: false },
  { id: 'narration', label: 'Events', pinned: false },
  { id: 'metrics', label: 'Metrics', pinned: false },
  { id: 'environments', label: 'Environments', pinned: false },
  { id: 'inspector', label: 'Inspector', pinned: false },
  { id: 'template', label: 'Template', pinned: false },
];

/** The tabs a learner can pick from: every panel at phone size, only the unpinned ones when wide. */
export function visibleTabs(panels: readonly PanelInfo[], wide: boolean): PanelInfo[] {
  return panels.filter((p) => !wide || !p.pinned);
}

/** The panel shown in the tab area: the chosen one if it is a tab here, else the first tab. */
export function effectiveTab(panels: readonly PanelInfo[], chosen: PanelId, wide: boolean): PanelId {
  const tabs = visibleTabs(panels, wide);
  return tabs.some((t) => t.id === chosen) ? chosen : (tabs[0]?.id ?? chosen);
}

/** Where a key press on a tab moves selection (arrows wrap; Home/End go to the ends), or null for other keys. */
export function tabAfterKey(tabs: readonly PanelInfo[], current: PanelId, key: string): PanelId | null {
  const i = tabs.findIndex((t) => t.id === current);
  if (i < 0 || tabs.length === 0) return null;
  const n = tabs.length;
  // n > 0 (checked above) and every index below is taken modulo n or is 0 / n - 1.
  if (key === 'ArrowRight') return tabs[(i + 1) % n]!.id;
  if (key === 'ArrowLeft') return tabs[(i - 1 + n) % n]!.id;
  if (key === 'Home') return tabs[0]!.id;
  if (key === 'End') return tabs[n - 1]!.id;
  return null;
}
