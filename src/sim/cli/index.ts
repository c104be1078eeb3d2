/**
 * The `aws` and `sam` command lines over the simulated world (contract: shared/design/sim-api.md).
 *
 * Adding a command is a data change: add a CommandSpec to catalog/<service>.ts (CLI verb, API
 * operation, parameters with shapes). Parsing (params.ts, shorthand.ts, coerce.ts), help,
 * completion and the output formats all read the catalog; the world method called is the
 * operation name in lowerCamelCase on world.lambda / world.codedeploy / world.cloudwatch.
 */
export { runCommand, type RunOptions } from './run';
export { complete, type Completion } from './complete';
export { commandCatalog, findCommand, findService, cliName, kebab, methodName } from './catalog/index';
export type { CommandSpec, ParamSpec, ServiceSpec, Shape } from './catalog/index';
export type { CommandResult } from './errors';
export { EXIT_OK, EXIT_USAGE, EXIT_SERVICE, EXIT_OTHER } from './errors';
export { setSamDeployer } from './sam';
export {
  parseSamDeploy,
  type SamDeployer,
  type SamDeployOptions,
  type SamDeployResult,
  type SamChange,
} from './samCommand';
