import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as XState from 'xstate';

/**
 * Building an xstate machine walks its whole definition. The deployment and alarm machines are built
 * when a world first needs them, not when the simulator loads: a scenario page sets its world up
 * without deploying, and loading the simulator on a phone was one long task (issue 18, Lighthouse TBT).
 */
describe('the simulator builds the deployment and alarm machines on first use', () => {
  afterEach(() => {
    vi.doUnmock('xstate');
    vi.resetModules();
  });

  /** Loads the simulator afresh, recording the id of every machine xstate builds. */
  async function loadCountingMachines() {
    vi.resetModules();
    const built: string[] = [];
    vi.doMock('xstate', async (importOriginal) => {
      const xstate = await importOriginal<typeof XState>();
      const setup: typeof xstate.setup = (implementations) => {
        const s = xstate.setup(implementations);
        const createMachine: typeof s.createMachine = (config) => {
          built.push(config.id ?? '(no id)');
          return s.createMachine(config);
        };
        return { ...s, createMachine };
      };
      return { ...xstate, setup };
    });
    const { createWorld } = await import('../../../src/sim');
    const { loadScenarios } = await import('../../../src/scenario/catalog');
    const { setUpScenario, startScenarioAct } = await import('../../../src/scenario/runner');
    const def = loadScenarios().find((s) => s.id === 'alarm-wrong-dimension');
    if (!def) throw new Error('alarm-wrong-dimension is not in the catalogue');
    return { built, createWorld, def, setUpScenario, startScenarioAct };
  }

  it('loading the simulator and creating a world builds neither', async () => {
    const { built, createWorld } = await loadCountingMachines();
    createWorld({ seed: 1 });
    expect(built).not.toContain('deployment');
    expect(built).not.toContain('alarm');
  });

  it('the first alarm builds the alarm machine, and the first deployment the deployment machine, once each', async () => {
    const { built, createWorld, def, setUpScenario, startScenarioAct } = await loadCountingMachines();
    const world = createWorld({ seed: 1 });
    // The set-up creates an alarm and a deployment group, but starts no deployment.
    await setUpScenario(world, def);
    expect(built.filter((id) => id === 'alarm')).toHaveLength(1);
    expect(built).not.toContain('deployment');
    await startScenarioAct(world, def);
    expect(world.codedeploy.snapshot().deployments).toHaveLength(1);
    expect(built.filter((id) => id === 'deployment')).toHaveLength(1);
  });

  it('every deployment and every reader of the definition get the same machine', async () => {
    const { getDeploymentMachine } = await import('../../../src/sim/codedeploy/deploymentMachineDefinition');
    const { deploymentMachine } = await import('../../../src/sim/codedeploy/deploymentMachine');
    const { getAlarmMachine } = await import('../../../src/sim/cloudwatch/alarmMachineDefinition');
    const { alarmMachine } = await import('../../../src/sim/cloudwatch/alarmMachine');
    expect(getDeploymentMachine()).toBe(deploymentMachine);
    expect(getAlarmMachine()).toBe(alarmMachine);
  });
});
