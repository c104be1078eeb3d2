import type { CommandSpec, ParamSpec, ServiceSpec } from './types';
import { lambdaCatalog } from './lambda';
import { codedeployCatalog } from './codedeploy';
import { cloudwatchCatalog } from './cloudwatch';

export type { CommandSpec, ParamSpec, ServiceSpec, Shape } from './types';

/** Every `aws <service> <command>` the simulator answers, as data the console UI can list. */
export const commandCatalog: readonly ServiceSpec[] = [lambdaCatalog, codedeployCatalog, cloudwatchCatalog];

export const findService = (name: string): ServiceSpec | undefined => commandCatalog.find((s) => s.name === name);

export const findCommand = (service: ServiceSpec, name: string): CommandSpec | undefined =>
  service.commands.find((c) => c.name === name);

/**
 * The CLI's name for a member: botocore's xform_name turns `FunctionName` into `function-name`
 * and `deploymentConfigName` into `deployment-config-name`.
 */
export function kebab(member: string): string {
  return member
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

export const cliName = (p: ParamSpec): string => (p.positional ? p.member : `--${p.cliName ?? kebab(p.member)}`);

/** The world method for an operation: `UpdateAlias` → `updateAlias`. */
export const methodName = (operation: string): string => operation.charAt(0).toLowerCase() + operation.slice(1);
