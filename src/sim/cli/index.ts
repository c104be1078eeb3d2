/**
 * The `aws` and `sam` command lines over the simulated world (contract: shared/design/sim-api.md).
 */
export { runCommand, type RunOptions } from './run';
export { complete, type Completion } from './complete';
export { commandCatalog, findCommand, findService, cliName, kebab, methodName } from './catalog/index';
export type { CommandSpec, ParamSpec, ServiceSpec, Shape } from './catalog/index';
export type { CommandResult } from './errors';
export { setSamDeployer } from './sam';
export { parseSamDeploy, type SamDeployer, type SamDeployOptions, type SamDeployResult } from './samCommand';
