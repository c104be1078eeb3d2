import type { FileContent } from '../core/workspace';
import type { World } from '../world';

/**
 * What the engine needs to know about one CloudFormation resource type: its names and attributes,
 * which property changes force a replacement, the checks CloudFormation's handler would fail on,
 * and how it is created, updated and deleted through the world's own service APIs.
 */

export interface DeployedResource {
  logicalId: string;
  type: string;
  physicalId: string;
  /** Fn::GetAtt values known after creation (e.g. a Version's number). */
  attributes: Record<string, string>;
  /** Properties as planned (runtime values as placeholders): what the next change set compares. */
  plannedProperties: Record<string, unknown>;
  /** Properties with real values, as last applied. */
  appliedProperties: Record<string, unknown>;
  deletionPolicy?: string;
  /** For functions: the code document deployed, to notice a changed S3 object. */
  code?: FileContent;
}

export interface HandlerContext {
  world: World;
  stackName: string;
  /** The stack's ARN: CodeDeploy records it as the externalId of deployments CloudFormation starts. */
  stackId: string;
  logicalId: string;
  packaged: ReadonlyMap<string, FileContent>;
  updatePolicy?: Record<string, unknown>;
  /** Physical ids of the template's resources of a type (to accept references to resources created in the same deploy). */
  plannedPhysicalIds(type: string): string[];
  /** Notes for the result and the event log (e.g. a deployment started, a version retained). */
  note(message: string): void;
  /** The CodeDeploy deployment an alias update started. */
  deploymentStarted(deploymentId: string): void;
}

export interface ResourceKind {
  /** The physical id from the (resolved) properties, or a CloudFormation-style generated name. */
  physicalId(props: Record<string, unknown>, stackName: string, logicalId: string, world: World): string;
  /** True when Ref is only known once the resource exists (a version's ARN). */
  refIsRuntime?: boolean;
  /** Attributes for Fn::GetAtt: computed from the physical id, or known only at runtime. */
  attributes: Record<string, ((physicalId: string, world: World) => string) | 'runtime'>;
  /** Properties whose change means Replacement: True. */
  replacement: readonly string[] | 'all';
  /** Checks that CloudFormation's resource handler (or the service) would fail on, before anything changes. */
  validate(props: Record<string, unknown>, ctx: HandlerContext, previous: DeployedResource | undefined): void;
  create(
    props: Record<string, unknown>,
    physicalId: string,
    ctx: HandlerContext,
  ): { attributes?: Record<string, string>; code?: FileContent };
  update(
    props: Record<string, unknown>,
    previous: DeployedResource,
    ctx: HandlerContext,
  ): { attributes?: Record<string, string>; code?: FileContent };
  remove(previous: DeployedResource, ctx: HandlerContext): void;
}
