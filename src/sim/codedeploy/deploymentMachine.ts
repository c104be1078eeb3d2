/**
 * The deployment machine as a value, for code that reads its definition: the graph tests and the Lab's
 * lifecycle view. Importing this module builds it; the simulator itself asks getDeploymentMachine() when
 * a deployment starts (deploymentMachineDefinition.ts).
 */
import { getDeploymentMachine } from './deploymentMachineDefinition';

export * from './deploymentMachineDefinition';
export const deploymentMachine = getDeploymentMachine();
