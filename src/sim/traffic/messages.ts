import { awsError, type AwsError } from '../core/errors';
import type { Narration } from '../core/eventLog';

/**
 * The traffic generator's words: its errors and its event-log entries. It stands in for the callers
 * of a function (API Gateway, a queue, a schedule), which is no single AWS API, so its errors use the
 * generic ValidationException / ResourceNotFoundException names with the status codes AWS gives them.
 */

const TRAFFIC_EXCEPTIONS = { ValidationException: 400, ResourceNotFoundException: 404 } as const;

/** The one way to make a traffic error: the exception's name and the message; the status follows. */
export const trafficError = (name: keyof typeof TRAFFIC_EXCEPTIONS, message: string): AwsError =>
  awsError(name, message, TRAFFIC_EXCEPTIONS[name]);

export const TRAFFIC_SAYS = {
  /** `unqualified`: the target names no alias or version, so every request runs $LATEST. */
  started: (source: string, rate: number, target: string, unqualified: boolean): Narration => ({
    type: 'traffic.started',
    message: `${source} now sends ${rate} requests per second to ${target}${unqualified ? ' (an unqualified name, so every request runs $LATEST)' : ''}.`,
    severity: unqualified ? 'warn' : 'info',
  }),
  stopped: (source: string, target: string): Narration => ({
    type: 'traffic.stopped',
    message: `${source} traffic to ${target} stopped.`,
    severity: 'info',
  }),
};
