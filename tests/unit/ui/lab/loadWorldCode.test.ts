import { describe, expect, it, vi } from 'vitest';

// What ran, in order: each module records its evaluation, and the page's turns are recorded as "turn".
const ran = vi.hoisted(() => [] as string[]);
vi.mock('yaml', () => (ran.push('yaml'), {}));
vi.mock('../../../../src/sim', () => (ran.push('simulator'), {}));
vi.mock('../../../../src/ui/lab/labWorldParts', () => (ran.push('runtime and setups'), { marker: 'world parts' }));

import { loadWorldCode } from '../../../../src/ui/lab/loadWorldCode';

describe("loading the Lab's world code", () => {
  it('runs the YAML library, the simulator and then the runtime, with a turn of the page between each', async () => {
    const parts = await loadWorldCode(async () => void ran.push('turn'));
    expect(ran).toEqual(['yaml', 'turn', 'simulator', 'turn', 'runtime and setups']);
    expect(parts).toMatchObject({ marker: 'world parts' });
  });
});
