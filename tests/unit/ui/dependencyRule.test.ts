// Proves the architecture's dependency rule is enforced by ESLint (eslint.config.js), by linting
// source strings as if they lived at the given paths. If someone weakens the config, this fails.
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIdsFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((message) => message.ruleId ?? message.message);
}

describe('the dependency rule fires (architecture.md)', () => {
  // src is linted with type information: the first lint builds the TypeScript program, so do it once up front
  // with room to spare rather than inside the first test's time limit.
  beforeAll(async () => {
    await eslint.lintText('export {};\n', { filePath: 'src/sim/core/fixture.ts' });
  }, 180_000);

  it('rejects a src/sim module that imports svelte', async () => {
    const ids = await ruleIdsFor(
      "import { mount } from 'svelte';\nexport const m = mount;\n",
      'src/sim/lambda/fixture.ts',
    );
    expect(ids).toContain('@typescript-eslint/no-restricted-imports');
  });

  it('rejects a src/sim module that imports the UI or the store', async () => {
    expect(
      await ruleIdsFor(
        "import { router } from '../../ui/router.svelte';\nexport const r = router;\n",
        'src/sim/lambda/fixture.ts',
      ),
    ).toContain('@typescript-eslint/no-restricted-imports');
    expect(
      await ruleIdsFor("import { db } from '../../store/db';\nexport const d = db;\n", 'src/sim/lambda/fixture.ts'),
    ).toContain('@typescript-eslint/no-restricted-imports');
  });

  it('rejects the real clock, Math.random and setTimeout in src/sim', async () => {
    const ids = await ruleIdsFor(
      'export const a = Date.now();\nexport const b = Math.random();\nexport const c = new Date();\nsetTimeout(() => 0, 1);\n',
      'src/sim/core/fixture.ts',
    );
    expect(ids).toEqual(
      expect.arrayContaining(['no-restricted-properties', 'no-restricted-syntax', 'no-restricted-globals']),
    );
    expect(ids.filter((id) => id === 'no-restricted-properties')).toHaveLength(2);
  });

  it('rejects a value import of sim from viz but allows a type import', async () => {
    expect(
      await ruleIdsFor(
        "import { createWorld } from '../sim/world';\nexport const w = createWorld;\n",
        'src/viz/fixture.ts',
      ),
    ).toContain('@typescript-eslint/no-restricted-imports');
    expect(
      await ruleIdsFor("import type { World } from '../sim/world';\nexport type W = World;\n", 'src/viz/fixture.ts'),
    ).not.toContain('@typescript-eslint/no-restricted-imports');
  });

  it('rejects a src/scenario module that imports the UI', async () => {
    expect(
      await ruleIdsFor(
        "import { LabRuntime } from '../ui/lab/labRuntime.svelte';\nexport const r = LabRuntime;\n",
        'src/scenario/fixture.ts',
      ),
    ).toContain('@typescript-eslint/no-restricted-imports');
  });

  it('rejects zod imported directly instead of through src/zodConfigured.ts (its CSP-safe setting)', async () => {
    expect(
      await ruleIdsFor("import { z } from 'zod';\nexport const s = z.string();\n", 'src/content/fixture.ts'),
    ).toContain('no-restricted-imports');
    expect(
      await ruleIdsFor(
        "import { z } from '../zodConfigured';\nexport const s = z.string();\n",
        'src/content/fixture.ts',
      ),
    ).not.toContain('no-restricted-imports');
  });

  it('allows the same svelte import in src/ui', async () => {
    const ids = await ruleIdsFor("import { mount } from 'svelte';\nexport const m = mount;\n", 'src/ui/fixture.ts');
    expect(ids).not.toContain('@typescript-eslint/no-restricted-imports');
  });
});
