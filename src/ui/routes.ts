// The route table: one entry per area, each page loaded lazily so that heavy parts (simulator,
// D3 views, editor) are fetched only when their page opens. To build an area, replace its page
// file in src/ui/pages/; the shell does not change.
import type { Component } from 'svelte';

/** What every page receives: the path segments after its base path, and the query string. */
export interface PageProps {
  /** Decoded segments after the area's base path, e.g. /learn/aliases → ['aliases']. */
  params: string[];
  query: URLSearchParams;
}

export type PageModule = { default: Component<PageProps> };

export type RouteId =
  'home' | 'learn' | 'lab' | 'scenarios' | 'practice' | 'progress' | 'workshop' | 'rehearse' | 'faithful' | 'not-found';

export interface Route {
  id: RouteId;
  /** Base path; sub-paths below it belong to the same page (except for home). */
  path: string;
  /** Used in the navigation and the document title. */
  title: string;
  /** One sentence for the home page and the not-found page. */
  summary: string;
  load: () => Promise<PageModule>;
}

export const homeRoute: Route = {
  id: 'home',
  path: '/',
  title: 'Home',
  summary: 'What Canary Lab is and where to start.',
  load: () => import('./pages/HomePage.svelte'),
};

/** The areas, in navigation order. */
export const areaRoutes: readonly Route[] = [
  {
    id: 'learn',
    path: '/learn',
    title: 'Learn',
    summary: 'Short notes on versions, aliases, CodeDeploy, hooks, alarms and provisioned concurrency.',
    load: () => import('./pages/LearnPage.svelte'),
  },
  {
    id: 'lab',
    path: '/lab',
    title: 'Lab',
    summary: 'A simulated AWS account where you publish versions, shift alias traffic and watch deployments.',
    load: () => import('./pages/LabPage.svelte'),
  },
  {
    id: 'scenarios',
    path: '/scenarios',
    title: 'Scenarios',
    summary: 'Guided set-ups that walk you into a known trap, then ask you to fix it.',
    load: () => import('./pages/ScenariosPage.svelte'),
  },
  {
    id: 'practice',
    path: '/practice',
    title: 'Practice',
    summary: 'Exam-style questions with explanations, scheduled for spaced review.',
    load: () => import('./pages/PracticePage.svelte'),
  },
  {
    id: 'progress',
    path: '/progress',
    title: 'Progress',
    summary: 'What you have answered, solved and should review next; export and import.',
    // The page names items from the content index (storeContext.ts itemCatalog), which it imports when it
    // runs: asked for here too, with the page's chunk, it arrives one network round trip sooner (issue 18).
    load: () => {
      import('../content/itemIndex').catch(() => undefined);
      return import('./pages/ProgressPage.svelte');
    },
  },
  {
    id: 'workshop',
    path: '/workshop',
    title: 'Workshop',
    summary: 'Tools for a facilitator running a team session with shared scenarios.',
    load: () => import('./pages/WorkshopPage.svelte'),
  },
  {
    id: 'rehearse',
    path: '/rehearse',
    title: 'Rehearse',
    summary: 'Paste your own SAM or CloudFormation template: find its deployment traps and rehearse a bad release.',
    load: () => import('./pages/RehearsePage.svelte'),
  },
];

/** Linked from the footer rather than the main navigation. */
export const faithfulRoute: Route = {
  id: 'faithful',
  path: '/faithful',
  title: 'How faithful is this?',
  summary: 'What the simulator models exactly, what it approximates, and what it leaves out, with AWS sources.',
  load: () => import('./pages/FaithfulPage.svelte'),
};

export const notFoundRoute: Route = {
  id: 'not-found',
  path: '',
  title: 'Page not found',
  summary: 'No page lives at this address.',
  load: () => import('./pages/NotFoundPage.svelte'),
};

export const allRoutes: readonly Route[] = [homeRoute, ...areaRoutes];

export interface RouteMatch {
  route: Route;
  /** Segments after the route's base path; for not-found, every segment of the path. */
  params: string[];
}

/** Splits a pathname into decoded, non-empty segments ('/learn//a%20b/' → ['learn', 'a b']). */
export function pathSegments(pathname: string): string[] {
  return pathname
    .split('/')
    .filter((segment) => segment.length > 0)
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment; // a malformed escape stays as typed rather than crashing the shell
      }
    });
}

/** Finds the page for a pathname. Matching is exact and case-sensitive, like the URLs we link to. */
export function matchRoute(pathname: string, routes: readonly Route[] = areaRoutes): RouteMatch {
  const segments = pathSegments(pathname);
  // The service worker's navigation fallback is index.html; treat a visit to it as home.
  if (segments.length === 0 || (segments.length === 1 && segments[0] === 'index.html')) {
    return { route: homeRoute, params: [] };
  }
  const [first, ...rest] = segments;
  const route = [...routes, faithfulRoute].find((candidate) => candidate.path === `/${first}`);
  return route ? { route, params: rest } : { route: notFoundRoute, params: segments };
}

/** For a not-found path, the area the learner probably meant (wrong case, a typo, a plural), if any. */
export function suggestRoute(pathname: string, routes: readonly Route[] = areaRoutes): Route | undefined {
  const [first] = pathSegments(pathname);
  if (!first) return undefined;
  const typed = first.toLowerCase();
  let best: { route: Route; distance: number } | undefined;
  for (const route of routes) {
    const name = route.path.slice(1);
    const distance = editDistance(typed, name);
    if (distance <= Math.max(1, Math.floor(name.length / 4)) && (!best || distance < best.distance)) {
      best = { route, distance };
    }
  }
  return best?.route;
}

/** Levenshtein distance; the words are short, so the simple table is plenty. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      // previous has b.length + 1 entries and current already holds j of them.
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The document title for a route. */
export function documentTitle(route: Route): string {
  return route.id === 'home' ? 'Canary Lab' : `${route.title} · Canary Lab`;
}
