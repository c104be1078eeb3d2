/**
 * A promise that resolves once the page on screen has painted and the browser has a quiet moment.
 * Work the first view does not show at once (opening the progress store: Dexie, the zod schemas and the
 * content catalogue, about 95 KB gzip) waits for it, so that it neither competes with the page's own
 * code for the network nor delays the page's largest paint (Lighthouse's LCP; issue 18). It settles
 * once for the whole visit: later callers, such as a learner's first answer, do not wait again.
 * Both waits are imported: the build copies small shared modules into the chunks that use them
 * (experimentalInlineCommonChunks in vite.config.ts), so neither adds a request to a page.
 */
import { afterNextPaint } from './afterNextPaint';
import { browserIdle } from './browserIdle';

// Past this, the work starts even if the page never goes idle (a busy phone): it is still needed.
const IDLE_TIMEOUT_MS = 1000;

let painted: Promise<void> | undefined;

export function afterPagePainted(): Promise<void> {
  painted ??= new Promise((resolve) => afterNextPaint(() => void browserIdle(IDLE_TIMEOUT_MS, 50).then(resolve)));
  return painted;
}
