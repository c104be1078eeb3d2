import { SamDeployError } from './errors';
import type { HandlerContext } from './resourceKind';

/**
 * A resource CloudFormation could not create or update, worded like the stack event
 * ("Resource handler returned message: …"). The Lab checks before it changes anything, so the
 * message also says that nothing was deployed (the real stack would roll back).
 */
export function handlerFailure(
  ctx: Pick<HandlerContext, 'logicalId'>,
  type: string,
  message: string,
  awsErrorName?: string,
): SamDeployError {
  return new SamDeployError(
    'resource',
    `Resource ${ctx.logicalId} (${type}) failed: Resource handler returned message: "${message}"${awsErrorName ? ` (${awsErrorName})` : ''}. The stack rolled back; nothing was deployed.`,
    {
      logicalId: ctx.logicalId,
      awsErrorName,
    },
  );
}
