import type { AutoRollbackEvent } from './types';
import type { DeploymentRecord } from './model';

/** Which automatic-rollback event a finished deployment raises, if any. */
export function rollbackEventOf(d: DeploymentRecord): AutoRollbackEvent | undefined {
  if (d.status === 'Failed') return 'DEPLOYMENT_FAILURE';
  if (d.status === 'Stopped')
    return d.errorInformation?.code === 'ALARM_ACTIVE' ? 'DEPLOYMENT_STOP_ON_ALARM' : 'DEPLOYMENT_STOP_ON_REQUEST';
  return undefined;
}

/**
 * Whether CodeDeploy rolls a finished deployment back.
 * - Failed / stopped by an alarm: when autoRollbackConfiguration is enabled and lists the event.
 * - Stopped by request: StopDeployment's autoRollbackEnabled decides when given; otherwise the
 *   DEPLOYMENT_STOP_ON_REQUEST event of the configuration (INF: the API leaves the default open).
 * https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_AutoRollbackConfiguration.html
 * https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_StopDeployment.html
 */
export function shouldRollBack(d: DeploymentRecord, stopAutoRollback: boolean | undefined): boolean {
  const event = rollbackEventOf(d);
  if (!event) return false;
  if (event === 'DEPLOYMENT_STOP_ON_REQUEST' && stopAutoRollback !== undefined) return stopAutoRollback;
  const config = d.autoRollbackConfiguration;
  return config.enabled && config.events.includes(event);
}

/**
 * A deployment that failed before it could read the alias (e.g. a precondition failure) has no
 * known-good state to restore, so no rollback deployment is created (INF: the docs only describe
 * rollbacks of deployments that deployed something). An alarm already in ALARM at Start does record
 * the alias first, so it rolls back like any other alarm stop.
 */
export const hasSomethingToRollBack = (d: DeploymentRecord): boolean => d.aliasBefore !== undefined;
