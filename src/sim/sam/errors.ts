/**
 * Errors of a simulated `sam deploy`. Each kind matches a stage where the real toolchain can stop:
 *  - 'yaml'      the template text does not parse (line and column from the yaml library);
 *  - 'template'  CloudFormation's template validation ("Template format error: …");
 *  - 'transform' the SAM transform refuses a resource ("Resource with id [X] is invalid. …");
 *  - 'package'   `sam deploy` cannot package a CodeUri (the file is missing);
 *  - 'resource'  a resource would fail while CloudFormation creates or updates it (the service's
 *                own error, e.g. an invalid Timeout), so the stack would roll back;
 *  - 'stack'     the stack cannot be updated now (an update is still in progress).
 * Whatever the kind, a deploy that throws has changed nothing in the world.
 */
export type SamErrorKind = 'yaml' | 'template' | 'transform' | 'package' | 'resource' | 'stack';

export class SamDeployError extends Error {
  readonly kind: SamErrorKind;
  readonly logicalId?: string;
  readonly property?: string;
  /** 1-based, for 'yaml' errors. */
  readonly line?: number;
  readonly column?: number;
  /** For 'resource' errors: the AWS exception name the service threw. */
  readonly awsErrorName?: string;

  constructor(
    kind: SamErrorKind,
    message: string,
    details: { logicalId?: string; property?: string; line?: number; column?: number; awsErrorName?: string } = {},
  ) {
    super(message);
    this.name =
      kind === 'transform'
        ? 'InvalidResourceException'
        : kind === 'yaml' || kind === 'template'
          ? 'ValidationError'
          : 'SamDeployError';
    this.kind = kind;
    Object.assign(this, details);
  }
}

/**
 * The SAM translator's wording: `Resource with id [Orders] is invalid. <reason>`
 * (samtranslator's InvalidResourceException; https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-deploymentpreference.html).
 */
export const invalidResource = (logicalId: string, reason: string, property?: string): SamDeployError =>
  new SamDeployError('transform', `Resource with id [${logicalId}] is invalid. ${reason}`, { logicalId, property });

/** CloudFormation's template validation wording ("Template format error: …"). */
export const templateFormatError = (reason: string, logicalId?: string): SamDeployError =>
  new SamDeployError('template', `Template format error: ${reason}`, { logicalId });

/** CloudFormation's wording for a problem found while resolving intrinsic functions ("Template error: …"). */
export const templateError = (reason: string, logicalId?: string): SamDeployError =>
  new SamDeployError('template', `Template error: ${reason}`, { logicalId });
