import type { ParamSpec, ServiceSpec } from './types';
import { blob, bool, dbl, int, map, str, stringList, struct, tags } from './shapes';

// Parameter names and shapes follow the AWS CLI v2 reference, e.g.
// https://awscli.amazonaws.com/v2/documentation/api/latest/reference/lambda/update-alias.html
// https://awscli.amazonaws.com/v2/documentation/api/latest/reference/lambda/invoke.html

const functionName: ParamSpec = {
  member: 'FunctionName',
  shape: str(),
  required: true,
  description: 'Name, name:qualifier, or full or partial ARN of the function.',
};
const qualifier: ParamSpec = { member: 'Qualifier', shape: str(), description: 'A version number or alias name.' };
const requiredQualifier: ParamSpec = {
  ...qualifier,
  required: true,
  description: 'The alias or version number (not $LATEST) the setting applies to.',
};
const aliasName: ParamSpec = { member: 'Name', shape: str(), required: true, description: 'The alias name.' };
const revisionId: ParamSpec = {
  member: 'RevisionId',
  shape: str(),
  description: 'Only act if the resource still has this revision id.',
};

/** AdditionalVersionWeights: version number → share of traffic (0.0–1.0) that goes to it. */
const routingConfig: ParamSpec = {
  member: 'RoutingConfig',
  shape: struct({ AdditionalVersionWeights: map(dbl) }),
  description: 'Weighted routing: a second version and the share of invocations (0.0 to 1.0) it receives.',
};
const environment: ParamSpec = {
  member: 'Environment',
  shape: struct({ Variables: map(str()) }),
  description: 'Environment variables (Variables={KEY=value}).',
};
const deadLetterConfig: ParamSpec = {
  member: 'DeadLetterConfig',
  shape: struct({ TargetArn: str() }),
  description: 'Queue or topic ARN for failed asynchronous events.',
};

const configurationParams: ParamSpec[] = [
  { member: 'Role', shape: str(), description: 'The execution role ARN.' },
  { member: 'Handler', shape: str(), description: 'The method in your code that Lambda calls.' },
  { member: 'Description', shape: str(), description: 'A description of the function.' },
  { member: 'Timeout', shape: int, description: 'Seconds a single invocation may run (1 to 900).' },
  { member: 'MemorySize', shape: int, description: 'Memory in MB (128 to 10240).' },
  environment,
  { member: 'Runtime', shape: str(), description: 'The runtime identifier, e.g. nodejs22.x.' },
  deadLetterConfig,
];

export const lambdaCatalog: ServiceSpec = {
  name: 'lambda',
  worldKey: 'lambda',
  description: 'Functions, versions, aliases, invocations and concurrency settings in the simulated AWS Lambda.',
  commands: [
    {
      name: 'create-function',
      operation: 'CreateFunction',
      description:
        'Creates a function from a code document. The simulated code is JSON, passed with --zip-file fileb://<file>.',
      params: [
        functionName,
        ...configurationParams.map((p) => (p.member === 'Role' ? { ...p, required: true } : p)),
        {
          member: 'Code',
          shape: struct({ ZipFile: blob, S3Bucket: str(), S3Key: str(), S3ObjectVersion: str(), ImageUri: str() }),
          description: 'The code (ZipFile bytes, or an S3 location).',
        },
        {
          member: 'ZipFile',
          cliName: 'zip-file',
          target: ['Code', 'ZipFile'],
          shape: blob,
          description: 'The code document, usually fileb://code.json.',
        },
        { member: 'Publish', shape: bool, description: 'Publish version 1 as the function is created.' },
        { member: 'PackageType', shape: str(['Zip', 'Image']), description: 'Zip or Image.' },
        { member: 'Architectures', shape: stringList, description: 'x86_64 or arm64.' },
        { member: 'Tags', shape: tags, description: 'Tags to attach.' },
      ],
      example:
        'aws lambda create-function --function-name my-function --runtime nodejs22.x --handler index.handler --role arn:aws:iam::123456789012:role/lambda-ex --zip-file fileb://code.json',
    },
    {
      name: 'get-function',
      operation: 'GetFunction',
      description: 'Returns the configuration of a function or version, with its code location.',
      params: [functionName, qualifier],
      example: 'aws lambda get-function --function-name my-function',
    },
    {
      name: 'get-function-configuration',
      operation: 'GetFunctionConfiguration',
      description: 'Returns the version-specific settings of a function or version.',
      params: [functionName, qualifier],
      example: 'aws lambda get-function-configuration --function-name my-function:2',
    },
    {
      name: 'update-function-code',
      operation: 'UpdateFunctionCode',
      description: 'Replaces the code of the unpublished ($LATEST) version; --publish also publishes a version.',
      params: [
        functionName,
        { member: 'ZipFile', shape: blob, description: 'The new code document, usually fileb://code.json.' },
        { member: 'S3Bucket', shape: str(), description: 'Bucket holding the code package.' },
        { member: 'S3Key', shape: str(), description: 'Key of the code package.' },
        { member: 'S3ObjectVersion', shape: str(), description: 'Object version of the code package.' },
        { member: 'ImageUri', shape: str(), description: 'Container image URI.' },
        { member: 'Publish', shape: bool, description: 'Publish a version after updating the code.' },
        { member: 'DryRun', shape: bool, description: 'Validate without changing the code.' },
        revisionId,
        { member: 'Architectures', shape: stringList, description: 'x86_64 or arm64.' },
      ],
      example: 'aws lambda update-function-code --function-name my-function --zip-file fileb://code.json',
    },
    {
      name: 'update-function-configuration',
      operation: 'UpdateFunctionConfiguration',
      description: 'Changes the settings of the unpublished ($LATEST) version.',
      params: [functionName, ...configurationParams, revisionId],
      example: 'aws lambda update-function-configuration --function-name my-function --timeout 30 --memory-size 512',
    },
    {
      name: 'delete-function',
      operation: 'DeleteFunction',
      description: 'Deletes a function, or one version of it with --qualifier.',
      params: [functionName, qualifier],
      example: 'aws lambda delete-function --function-name my-function',
    },
    {
      name: 'publish-version',
      operation: 'PublishVersion',
      description: 'Snapshots $LATEST (code and configuration) as a new, immutable numbered version.',
      params: [
        functionName,
        { member: 'CodeSha256', shape: str(), description: 'Only publish if $LATEST has this code hash.' },
        { member: 'Description', shape: str(), description: 'A description of the version.' },
        revisionId,
      ],
      example: 'aws lambda publish-version --function-name my-function',
    },
    {
      name: 'list-versions-by-function',
      operation: 'ListVersionsByFunction',
      description: 'Lists $LATEST and every published version.',
      params: [functionName],
      paginated: ['Versions'],
      example: 'aws lambda list-versions-by-function --function-name my-function',
    },
    {
      name: 'create-alias',
      operation: 'CreateAlias',
      description:
        'Creates an alias that points at a version, optionally sending a share of traffic to a second version.',
      params: [
        functionName,
        aliasName,
        { member: 'FunctionVersion', shape: str(), required: true, description: 'The version the alias points at.' },
        { member: 'Description', shape: str(), description: 'A description of the alias.' },
        routingConfig,
      ],
      example: 'aws lambda create-alias --function-name my-function --name live --function-version 1',
    },
    {
      name: 'get-alias',
      operation: 'GetAlias',
      description: 'Returns an alias, its version and its routing weights.',
      params: [functionName, aliasName],
      example: 'aws lambda get-alias --function-name my-function --name live',
    },
    {
      name: 'update-alias',
      operation: 'UpdateAlias',
      description: 'Moves an alias to another version or changes its weighted routing.',
      params: [
        functionName,
        aliasName,
        { member: 'FunctionVersion', shape: str(), description: 'The version the alias points at.' },
        { member: 'Description', shape: str(), description: 'A description of the alias.' },
        routingConfig,
        revisionId,
      ],
      example:
        'aws lambda update-alias --function-name my-function --name live --function-version 1 --routing-config AdditionalVersionWeights={2=0.1}',
    },
    {
      name: 'delete-alias',
      operation: 'DeleteAlias',
      description: 'Deletes an alias.',
      params: [functionName, aliasName],
      example: 'aws lambda delete-alias --function-name my-function --name live',
    },
    {
      name: 'list-aliases',
      operation: 'ListAliases',
      description: 'Lists the aliases of a function, optionally only those that point at one version.',
      params: [
        functionName,
        { member: 'FunctionVersion', shape: str(), description: 'Only aliases for this version.' },
      ],
      paginated: ['Aliases'],
      example: 'aws lambda list-aliases --function-name my-function',
    },
    {
      name: 'invoke',
      operation: 'Invoke',
      description:
        'Invokes a function and writes its response payload to outfile. Prints the status code and the version that ran.',
      params: [
        functionName,
        {
          member: 'InvocationType',
          shape: str(['Event', 'RequestResponse', 'DryRun']),
          description: 'RequestResponse (default), Event or DryRun.',
        },
        { member: 'LogType', shape: str(['None', 'Tail']), description: 'Tail to include the last 4 KB of log.' },
        { member: 'ClientContext', shape: str(), description: 'Base64 client context.' },
        {
          member: 'Payload',
          shape: blob,
          description: 'The event as JSON; with AWS CLI v2 add --cli-binary-format raw-in-base64-out to pass it raw.',
        },
        qualifier,
        {
          member: 'outfile',
          shape: str(),
          required: true,
          positional: true,
          description: 'File in the workspace that receives the response payload.',
        },
      ],
      example:
        'aws lambda invoke --function-name my-function:live --cli-binary-format raw-in-base64-out --payload \'{ "key": "value" }\' response.json',
    },
    {
      name: 'put-provisioned-concurrency-config',
      operation: 'PutProvisionedConcurrencyConfig',
      description: 'Keeps a number of execution environments initialised for an alias or version.',
      params: [
        functionName,
        requiredQualifier,
        {
          member: 'ProvisionedConcurrentExecutions',
          shape: int,
          required: true,
          description: 'Number of environments to keep ready.',
        },
      ],
      example:
        'aws lambda put-provisioned-concurrency-config --function-name my-function --qualifier live --provisioned-concurrent-executions 100',
    },
    {
      name: 'get-provisioned-concurrency-config',
      operation: 'GetProvisionedConcurrencyConfig',
      description: 'Shows requested, allocated and available provisioned concurrency and its status.',
      params: [functionName, requiredQualifier],
      example: 'aws lambda get-provisioned-concurrency-config --function-name my-function --qualifier live',
    },
    {
      name: 'delete-provisioned-concurrency-config',
      operation: 'DeleteProvisionedConcurrencyConfig',
      description: 'Removes provisioned concurrency from an alias or version.',
      params: [functionName, requiredQualifier],
      example: 'aws lambda delete-provisioned-concurrency-config --function-name my-function --qualifier live',
    },
    {
      name: 'put-function-concurrency',
      operation: 'PutFunctionConcurrency',
      description: 'Reserves (and caps) concurrency for the whole function.',
      params: [
        functionName,
        {
          member: 'ReservedConcurrentExecutions',
          shape: int,
          required: true,
          description: 'Concurrent executions reserved for the function.',
        },
      ],
      example: 'aws lambda put-function-concurrency --function-name my-function --reserved-concurrent-executions 100',
    },
    {
      name: 'get-function-concurrency',
      operation: 'GetFunctionConcurrency',
      description: 'Shows the reserved concurrency of a function, if any.',
      params: [functionName],
      example: 'aws lambda get-function-concurrency --function-name my-function',
    },
    {
      name: 'delete-function-concurrency',
      operation: 'DeleteFunctionConcurrency',
      description: 'Removes the reserved concurrency of a function.',
      params: [functionName],
      example: 'aws lambda delete-function-concurrency --function-name my-function',
    },
    {
      name: 'list-provisioned-concurrency-configs',
      operation: 'ListProvisionedConcurrencyConfigs',
      description: 'Lists the provisioned concurrency settings of every alias and version of a function.',
      params: [functionName],
      paginated: ['ProvisionedConcurrencyConfigs'],
      example: 'aws lambda list-provisioned-concurrency-configs --function-name my-function',
    },
    {
      name: 'get-account-settings',
      operation: 'GetAccountSettings',
      description: 'Shows the account concurrency limit and usage in this Region.',
      params: [],
      example: 'aws lambda get-account-settings',
    },
  ],
};
