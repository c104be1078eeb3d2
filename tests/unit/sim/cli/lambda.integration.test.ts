import { describe, it } from 'vitest';
import { checkRow, ROLE, type Row } from './labWorld';

// Every aws lambda command against createWorld. Messages of service errors come from the Lambda
// model; the CLI's part is the "An error occurred (…) when calling the … operation"
// frame and exit code 254.
const rows: Row[] = [
  {
    line: `aws lambda create-function --function-name payments --role ${ROLE} --handler index.handler --runtime nodejs22.x --zip-file fileb://v1.json --query "[FunctionName,Version]" --output text`,
    exitCode: 0,
    stdout: 'payments\t$LATEST\n',
  },
  {
    line: `aws lambda create-function --function-name orders --role ${ROLE} --handler index.handler --runtime nodejs22.x --zip-file fileb://v1.json`,
    exitCode: 254,
    stderr: /^\nAn error occurred \(ResourceConflictException\) when calling the CreateFunction operation: /,
  },
  {
    line: 'aws lambda get-function --function-name orders:2 --query Configuration.Version --output text',
    exitCode: 0,
    stdout: '2\n',
  },
  {
    line: 'aws lambda get-function-configuration --function-name orders --qualifier live --query Version --output text',
    exitCode: 0,
    stdout: '1\n',
  },
  {
    line: 'aws lambda get-function-configuration --function-name nobody',
    exitCode: 254,
    stderr:
      /^\nAn error occurred \(ResourceNotFoundException\) when calling the GetFunctionConfiguration operation: Function not found: /,
  },
  {
    line: 'aws lambda update-function-code --function-name orders --zip-file fileb://v1.json --query Version --output text',
    exitCode: 0,
    stdout: '$LATEST\n',
  },
  {
    line: 'aws lambda update-function-configuration --function-name orders --timeout 30 --environment Variables={STAGE=prod} --query "[Timeout,Environment.Variables.STAGE]" --output text',
    exitCode: 0,
    stdout: '30\tprod\n',
  },
  {
    line: 'aws lambda publish-version --function-name orders --query Version --output text',
    exitCode: 0,
    stdout: /^\d+\n$/,
  },
  {
    line: 'aws lambda list-versions-by-function --function-name orders --query "Versions[].Version" --output text',
    exitCode: 0,
    stdout: '$LATEST\t1\t2\n',
  },
  {
    line: 'aws lambda create-alias --function-name orders --name beta --function-version 2 --query "[Name,FunctionVersion]" --output text',
    exitCode: 0,
    stdout: 'beta\t2\n',
  },
  {
    line: 'aws lambda get-alias --function-name orders --name live --query FunctionVersion',
    exitCode: 0,
    stdout: '"1"\n',
  },
  {
    line: 'aws lambda update-alias --function-name orders --name live --routing-config AdditionalVersionWeights={2=0.1} --query RoutingConfig',
    exitCode: 0,
    stdout: '{\n    "AdditionalVersionWeights": {\n        "2": 0.1\n    }\n}\n',
  },
  {
    // Weighted-alias validation: weight 1.5 is rejected by the service
    // (https://docs.aws.amazon.com/lambda/latest/dg/configuring-alias-routing.html).
    line: 'aws lambda update-alias --function-name orders --name live --routing-config AdditionalVersionWeights={2=1.5}',
    exitCode: 254,
    stderr:
      "\nAn error occurred (ValidationException) when calling the UpdateAlias operation: 1 validation error detected: Value '{2=1.5}' at 'routingConfig.additionalVersionWeights' failed to satisfy constraint: Map value must satisfy constraint: [Member must have value less than or equal to 1.0, Member must have value greater than or equal to 0.0, Member must not be null]\n",
  },
  {
    line: 'aws lambda list-aliases --function-name orders --query "Aliases[].Name" --output text',
    exitCode: 0,
    stdout: 'live\n',
  },
  { line: 'aws lambda delete-alias --function-name orders --name live', exitCode: 0, stdout: '' },
  {
    line: 'aws lambda invoke --function-name orders:live --cli-binary-format raw-in-base64-out --payload {} out.json',
    exitCode: 0,
    stdout: '{\n    "StatusCode": 200,\n    "ExecutedVersion": "1"\n}\n',
  },
  {
    line: `aws lambda invoke --function-name orders --payload '{"a":1}' out.json`,
    exitCode: 252,
    stderr: '\nInvalid base64: "{"a":1}"\n',
  },
  {
    line: 'aws lambda put-provisioned-concurrency-config --function-name orders --qualifier live --provisioned-concurrent-executions 5 --query "[RequestedProvisionedConcurrentExecutions,Status]" --output text',
    exitCode: 0,
    stdout: '5\tIN_PROGRESS\n',
  },
  {
    line: 'aws lambda get-provisioned-concurrency-config --function-name orders --qualifier live',
    exitCode: 254,
    stderr:
      /^\nAn error occurred \(ProvisionedConcurrencyConfigNotFoundException\) when calling the GetProvisionedConcurrencyConfig operation: /,
  },
  {
    line: 'aws lambda delete-provisioned-concurrency-config --function-name orders --qualifier nope',
    exitCode: 254,
    stderr:
      /^\nAn error occurred \(ResourceNotFoundException\) when calling the DeleteProvisionedConcurrencyConfig operation: /,
  },
  {
    line: 'aws lambda list-provisioned-concurrency-configs --function-name orders',
    exitCode: 0,
    stdout: '{\n    "ProvisionedConcurrencyConfigs": []\n}\n',
  },
  {
    line: 'aws lambda put-function-concurrency --function-name orders --reserved-concurrent-executions 50',
    exitCode: 0,
    stdout: '{\n    "ReservedConcurrentExecutions": 50\n}\n',
  },
  { line: 'aws lambda get-function-concurrency --function-name orders', exitCode: 0, stdout: '' },
  { line: 'aws lambda delete-function-concurrency --function-name orders', exitCode: 0, stdout: '' },
  { line: 'aws lambda get-account-settings --query AccountLimit.ConcurrentExecutions', exitCode: 0, stdout: '1000\n' },
  { line: 'aws lambda delete-function --function-name orders --qualifier 2', exitCode: 0, stdout: '' },
  { line: 'aws lambda delete-function --function-name orders', exitCode: 0, stdout: '' },
  {
    line: 'aws lambda get-alias --function-name orders',
    exitCode: 252,
    stderr: /aws: error: the following arguments are required: --name\n$/,
  },
  {
    line: 'aws lambda publish-version --function-name orders --bogus 1',
    exitCode: 252,
    stderr: /Unknown options: --bogus, 1\n$/,
  },
];

describe('aws lambda over the simulated world', () => {
  it.each(rows)('$line → exit $exitCode', (row) => checkRow(row));
});
