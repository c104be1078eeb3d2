import { describe, expect, it } from 'vitest';
import { pythonCompactJson, versionHashInput, versionLogicalId } from '../../../../src/sim/sam';
import { aliasLogicalId, deploymentConfigNameFor } from '../../../../src/sim/sam/names';

// The AWS documentation behind the behaviour these tests state:
// https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html
// https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/automating-updates-to-serverless-apps.html

describe('SAM version logical ids', () => {
  it('hashes {"S3Bucket":"sam-demo-bucket","S3Key":"hello.zip"} to the suffix 640128d35d, as SAM\'s own test output shows', () => {
    expect(versionLogicalId('Fn', { S3Bucket: 'sam-demo-bucket', S3Key: 'hello.zip' })).toBe('FnVersion640128d35d');
  });

  it('writes compact key-sorted JSON with non-ASCII escaped, as Python json.dumps(sort_keys=True) does', () => {
    expect(pythonCompactJson({ b: 1, a: ['é', 'x"y'], c: { z: null, y: true } })).toBe(
      '{"a":["\\u00e9","x\\"y"],"b":1,"c":{"y":true,"z":null}}',
    );
  });

  it('merges Environment (its Variables key) and MemorySize into the Code dict, and nothing else', () => {
    expect(versionHashInput({ ZipFile: 'x' }, { Variables: { STAGE: 'prod' } }, 512)).toEqual({
      ZipFile: 'x',
      Variables: { STAGE: 'prod' },
      MemorySize: 512,
    });
    expect(versionHashInput({ ZipFile: 'x' }, undefined, undefined)).toEqual({ ZipFile: 'x' });
  });

  it('uses the first 10 characters of AutoPublishCodeSha256 in place of the hash', () => {
    expect(versionLogicalId('Fn', { ZipFile: 'x' }, 'abcdef0123456789')).toBe('FnVersionabcdef0123');
  });

  it('names the alias <Function>Alias<name> with - as D and _ as U (SAM v1.98.0)', () => {
    expect(aliasLogicalId('Orders', 'live')).toBe('OrdersAliaslive');
    expect(aliasLogicalId('Orders', 'blue-green_1')).toBe('OrdersAliasblueDgreenU1');
  });

  it.each([
    ['Canary10Percent5Minutes', 'CodeDeployDefault.LambdaCanary10Percent5Minutes'],
    ['Linear10PercentEvery1Minute', 'CodeDeployDefault.LambdaLinear10PercentEvery1Minute'],
    ['AllAtOnce', 'CodeDeployDefault.LambdaAllAtOnce'],
    ['TestDeploymentConfiguration', 'TestDeploymentConfiguration'],
  ])('maps DeploymentPreference Type %s to %s', (type, name) => {
    expect(deploymentConfigNameFor(type)).toBe(name);
  });
});
