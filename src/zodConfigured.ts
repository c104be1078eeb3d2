/**
 * The one way into zod for the app's schemas: every module that builds or parses a schema imports `z`
 * from here, never from 'zod' (ESLint enforces it), so this setting is applied before any schema exists,
 * in whichever chunk first needs zod. Without it zod compiles object parsers with `new Function`, which
 * index.html's Content-Security-Policy (no 'unsafe-eval') refuses and reports as a violation.
 * Kept out of the entry chunk on purpose: zod's core then loads with the first page that parses
 * something, not on every route's critical path (issue 18).
 * https://zod.dev/api#jitless
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
