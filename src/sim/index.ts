export { createWorld, DEFAULT_START_TIME } from './world';
export type { World, WorldOptions, WorldSnapshot } from './world';
export { AwsError, isAwsError } from './core/errors';
export type { LogEntry } from './core/eventLog';
