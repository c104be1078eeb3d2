// The pages every e2e spec visits. Checks rely on the shell (document title, current nav item, an
// h1 in <main>) rather than page wording, so an engineer replacing a placeholder page keeps them green.
export interface ShellPage {
  name: string;
  path: string;
  /** The document title the shell sets for this page. */
  title: string;
  /** The navigation link marked aria-current, if any. */
  navLabel?: string;
}

export const shellPages: ShellPage[] = [
  { name: 'home', path: '/', title: 'Canary Lab' },
  { name: 'learn', path: '/learn', title: 'Learn · Canary Lab', navLabel: 'Learn' },
  { name: 'lab', path: '/lab', title: 'Lab · Canary Lab', navLabel: 'Lab' },
  { name: 'scenarios', path: '/scenarios', title: 'Scenarios · Canary Lab', navLabel: 'Scenarios' },
  { name: 'practice', path: '/practice', title: 'Practice · Canary Lab', navLabel: 'Practice' },
  { name: 'progress', path: '/progress', title: 'Progress · Canary Lab', navLabel: 'Progress' },
  { name: 'workshop', path: '/workshop', title: 'Workshop · Canary Lab', navLabel: 'Workshop' },
  { name: 'faithful', path: '/faithful', title: 'How faithful is this? · Canary Lab' },
  { name: 'not-found', path: '/no-such-page', title: 'Page not found · Canary Lab' },
];
