import type { Shape } from './types';

/** Short builders so the command tables read like the AWS API reference. */
export const str = (enumValues?: readonly string[]): Shape =>
  enumValues ? { type: 'string', enum: enumValues } : { type: 'string' };
export const int: Shape = { type: 'integer' };
export const dbl: Shape = { type: 'double' };
export const bool: Shape = { type: 'boolean' };
export const blob: Shape = { type: 'blob' };
export const time: Shape = { type: 'timestamp' };
export const list = (member: Shape): Shape => ({ type: 'list', member });
export const map = (value: Shape): Shape => ({ type: 'map', value });
export const struct = (members: Record<string, Shape>): Shape => ({ type: 'structure', members });
export const stringList: Shape = list(str());
export const tags: Shape = map(str());
