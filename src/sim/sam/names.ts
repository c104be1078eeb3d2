import { sha1Hex } from '../core/hash';

/**
 * Names CloudFormation and SAM give to resources the template does not name.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * CloudFormation names an unnamed resource `<stack>-<LogicalId>-<12 random characters>`
 * (e.g. `sam-app-HelloWorldFunction-xq0RZZh7JHJI`). The simulator derives the 12 characters from
 * the stack and logical id instead of drawing them, so a given stack always gets the same names
 * and scenarios can refer to them. Parts are shortened to keep within the service's name limit.
 */
export function generatedPhysicalName(
  stackName: string,
  logicalId: string,
  maxLength: number,
  upperCaseOnly = false,
): string {
  const digest = sha1Hex(`${stackName}/${logicalId}`);
  const alphabet = upperCaseOnly ? 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789' : ALPHABET;
  let suffix = '';
  for (let i = 0; i < 12; i++) suffix += alphabet[parseInt(digest.slice(i * 2, i * 2 + 2), 16) % alphabet.length];
  const room = maxLength - suffix.length - 2;
  let stack = stackName;
  let logical = logicalId;
  while (stack.length + logical.length > room) {
    if (logical.length >= stack.length) logical = logical.slice(0, -1);
    else stack = stack.slice(0, -1);
  }
  return `${stack}-${logical}-${suffix}`;
}

/**
 * The alias resource SAM generates: `<Function>Alias<name>`; since SAM v1.98.0 `-` becomes `D`
 * and `_` becomes `U` so the logical id stays alphanumeric (https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html).
 */
export const aliasLogicalId = (functionLogicalId: string, aliasName: string): string =>
  `${functionLogicalId}Alias${aliasName.replace(/-/g, 'D').replace(/_/g, 'U')}`;

/** The nine short Types DeploymentPreference accepts (samtranslator deployment_preference_collection.py). */
const PREDEFINED_PREFERENCE_TYPES: readonly string[] = [
  'Canary10Percent30Minutes',
  'Canary10Percent5Minutes',
  'Canary10Percent10Minutes',
  'Canary10Percent15Minutes',
  'Linear10PercentEvery10Minutes',
  'Linear10PercentEvery1Minute',
  'Linear10PercentEvery2Minutes',
  'Linear10PercentEvery3Minutes',
  'AllAtOnce',
];

/**
 * A predefined short Type becomes `CodeDeployDefault.Lambda<Type>`; any other value is taken as
 * the name of a custom deployment configuration and passed through unchanged (https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-deploymentpreference.html).
 */
export const deploymentConfigNameFor = (type: string): string =>
  PREDEFINED_PREFERENCE_TYPES.includes(type) ? `CodeDeployDefault.Lambda${type}` : type;
