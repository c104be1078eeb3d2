import { describe, expect, it } from 'vitest';
import { areaRoutes, documentTitle, matchRoute, pathSegments, suggestRoute } from '../../../src/ui/routes';

describe('matchRoute: path → page', () => {
  it.each([
    ['/', 'home', []],
    ['', 'home', []],
    ['/index.html', 'home', []],
    ['/learn', 'learn', []],
    ['/learn/', 'learn', []],
    ['/lab', 'lab', []],
    ['/scenarios', 'scenarios', []],
    ['/practice', 'practice', []],
    ['/progress', 'progress', []],
    ['/workshop', 'workshop', []],
    ['/learn/aliases-and-weighted-routing', 'learn', ['aliases-and-weighted-routing']],
    ['/learn/aliases#weights', 'learn', ['aliases#weights']],
    ['/scenarios/hook-never-reports', 'scenarios', ['hook-never-reports']],
    ['/practice/traps/3', 'practice', ['traps', '3']],
  ] as const)('%s opens the %s page with sub-path %j', (path, id, params) => {
    const match = matchRoute(path);
    expect(match.route.id).toBe(id);
    expect(match.params).toEqual(params);
  });

  it('gives every area a page that loads lazily, under its own base path', () => {
    expect(areaRoutes.map((route) => route.path)).toEqual([
      '/learn',
      '/lab',
      '/scenarios',
      '/practice',
      '/progress',
      '/workshop',
      '/rehearse',
    ]);
    for (const route of areaRoutes) expect(typeof route.load).toBe('function');
  });

  it('decodes percent-encoded segments and keeps a malformed escape as typed', () => {
    expect(matchRoute('/learn/a%20b').params).toEqual(['a b']);
    expect(pathSegments('/learn/%E0%A4%A')).toEqual(['learn', '%E0%A4%A']);
  });

  it.each(['/nope', '/Learn', '/learning', '/index.htm', '/assets', '/home'])(
    '%s is not found, and the page gets every segment',
    (path) => {
      const match = matchRoute(`${path}/x`);
      expect(match.route.id).toBe('not-found');
      expect(match.params).toEqual([...pathSegments(path), 'x']);
    },
  );

  it('treats extra segments under home as not found rather than showing home', () => {
    expect(matchRoute('/index.html/extra').route.id).toBe('not-found');
  });
});

describe('suggestRoute: the area a mistyped URL probably meant', () => {
  it.each([
    ['/Learn', 'learn'],
    ['/practise', 'practice'],
    ['/scenario', 'scenarios'],
    ['/worksop/1', 'workshop'],
    ['/LAB', 'lab'],
  ])('%s suggests %s', (path, id) => {
    expect(suggestRoute(path)?.id).toBe(id);
  });

  it.each(['/', '/settings', '/xyz', '/about'])('%s suggests nothing', (path) => {
    expect(suggestRoute(path)).toBeUndefined();
  });
});

describe('documentTitle', () => {
  it('names the area, then the app', () => {
    expect(documentTitle(matchRoute('/lab').route)).toBe('Lab · Canary Lab');
    expect(documentTitle(matchRoute('/').route)).toBe('Canary Lab');
    expect(documentTitle(matchRoute('/zzz').route)).toBe('Page not found · Canary Lab');
  });
});
