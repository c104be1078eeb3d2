export { deploySam } from './deploySam';
export type { SamChange, SamDeployOptions, SamDeployResult, ChangeAction } from './deploySam';
export { SamDeployError } from './errors';
export type { SamErrorKind } from './errors';
export { describeStack } from './stackStore';
export { versionLogicalId, versionHashInput, pythonCompactJson } from './versionHash';
