import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
const base = process.env.LH_URL ?? 'http://127.0.0.1:4217';
const routes = process.argv.slice(2);
const chrome = await chromeLauncher.launch({
  chromePath: '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-dev-shm-usage'],
});
try {
  for (const route of routes) {
    const { lhr } = await lighthouse(base + route, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    const a = lhr.audits;
    console.log(
      '==',
      route,
      'perf',
      lhr.categories.performance.score,
      'LCP',
      a['largest-contentful-paint'].numericValue | 0,
      'TBT',
      a['total-blocking-time'].numericValue | 0,
      'CLS',
      a['cumulative-layout-shift'].numericValue,
      'FCP',
      a['first-contentful-paint'].numericValue | 0,
      'SI',
      a['speed-index'].numericValue | 0,
    );
    for (const it of a['layout-shifts']?.details?.items ?? [])
      console.log(
        '  shift',
        it.score?.toFixed?.(3),
        it.node?.selector,
        it.node?.snippet?.slice(0, 100),
        JSON.stringify(it.subItems?.items?.map((s) => s.cause) ?? []),
      );
    for (const it of (a['bootup-time']?.details?.items ?? []).slice(0, 6))
      console.log(
        '  boot',
        it.url.replace(base, ''),
        'total',
        it.total | 0,
        'script',
        it.scripting | 0,
        'parse',
        it.scriptParseCompile | 0,
      );
    for (const it of (a['mainthread-work-breakdown']?.details?.items ?? []).slice(0, 5))
      console.log('  mt', it.groupLabel, it.duration | 0);
    for (const it of (a['long-tasks']?.details?.items ?? []).slice(0, 6))
      console.log('  long', it.url?.replace(base, ''), it.startTime | 0, it.duration | 0);
    const lcpEl = a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
    console.log('  lcpEl', lcpEl?.selector, lcpEl?.snippet?.slice(0, 80));
    for (const it of a['render-blocking-resources']?.details?.items ?? [])
      console.log('  block', it.url.replace(base, ''), it.wastedMs | 0);
    for (const it of (a['unused-javascript']?.details?.items ?? []).slice(0, 5))
      console.log('  unusedjs', it.url.replace(base, ''), it.wastedBytes | 0, '/', it.totalBytes | 0);
  }
} finally {
  await chrome.kill();
}
