import type { WorldSnapshot } from '../../sim';
import { getDeploymentMachine, HOOK_TIMEOUT_MS } from '../../sim/codedeploy/deploymentMachineDefinition';

/**
 * The lifecycle view's data, read from the xstate deployment machine itself: its stages are the
 * child states of the machine's InProgress state, in the machine's order, and a stage takes a hook
 * when one of its states waits on the machine's `hookTimeout` delay. Nothing here is a hand-drawn
 * copy of CodeDeploy's lifecycle, so the view cannot drift from the model. The live part comes from
 * the deployment's snapshot: the actor's state value (`machineState`), each lifecycle event's
 * status and each hook execution.
 * https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html#appspec-hooks-lambda
 */
type Deployment = WorldSnapshot['codedeploy']['deployments'][number];

export interface LifecycleStageDef {
  name: string;
  /** The stage can run a hook (it has a state that waits for `hookTimeout`). */
  takesHook: boolean;
}

interface StateConfigLike {
  after?: Record<string, unknown>;
  states?: Record<string, StateConfigLike>;
}

function waitsForHook(config: StateConfigLike): boolean {
  if (config.after && 'hookTimeout' in config.after) return true;
  return Object.values(config.states ?? {}).some(waitsForHook);
}

/** The lifecycle stages as the machine defines them. */
export function lifecycleStages(machineConfig: StateConfigLike = getDeploymentMachine().config): LifecycleStageDef[] {
  const inProgress = machineConfig.states?.InProgress?.states ?? {};
  return Object.entries(inProgress).map(([name, config]) => ({ name, takesHook: waitsForHook(config) }));
}

export type StageStatus = 'Pending' | 'InProgress' | 'Succeeded' | 'Failed' | 'Skipped' | 'Unknown';

export interface LifecycleStageView extends LifecycleStageDef {
  status: StageStatus;
  /** The actor is in this stage now. */
  current: boolean;
  /** The stage's state inside the machine, e.g. "AwaitingHook" or "CanaryWait". */
  subState?: string;
  hook?: {
    functionName: string;
    status: 'Pending' | 'Succeeded' | 'Failed';
    /** While the hook has not reported: simulated ms left before CodeDeploy's one-hour timeout fails it. */
    msLeft?: number;
  };
}

export interface LifecycleView {
  stages: LifecycleStageView[];
  /** Where the actor is: a stage name, or the final state (Succeeded, Failed, Stopped) / Created. */
  machineState: string;
}

/** The actor's state value as a path, e.g. { InProgress: { AllowTraffic: 'CanaryWait' } } → ['InProgress', 'AllowTraffic', 'CanaryWait']. */
export function statePath(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') {
    const [key, inner] = Object.entries(value)[0] ?? [];
    return key === undefined ? [] : [key, ...statePath(inner)];
  }
  return [];
}

function parseMachineState(d: Deployment): string[] {
  if (!d.machineState) return [d.status];
  try {
    return statePath(JSON.parse(d.machineState));
  } catch {
    return [d.status];
  }
}

/** The lifecycle of one deployment now, stage by stage. */
export function lifecycleView(d: Deployment, now: number, stages = lifecycleStages()): LifecycleView {
  const path = parseMachineState(d);
  const inStage = path[0] === 'InProgress' ? path[1] : undefined;
  return {
    machineState: inStage ?? path[0] ?? d.status,
    stages: stages.map((stage) => {
      const event = d.lifecycleEvents.find((e) => e.lifecycleEventName === stage.name);
      const execution = [...d.hookExecutions].reverse().find((h) => h.lifecycleEventName === stage.name);
      const view: LifecycleStageView = {
        ...stage,
        status: event?.status ?? 'Unknown',
        current: inStage === stage.name,
      };
      if (inStage === stage.name && path[2]) view.subState = path[2];
      if (execution)
        view.hook = {
          functionName: execution.functionName,
          status: execution.status,
          ...(execution.status === 'Pending'
            ? { msLeft: Math.max(0, execution.invokedAt + HOOK_TIMEOUT_MS - now) }
            : {}),
        };
      return view;
    }),
  };
}
