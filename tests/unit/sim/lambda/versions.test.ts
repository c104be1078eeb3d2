import { waitUntilFunctionReady } from '../../../../src/sim/lambda/waitUntilReady';
import { describe, expect, it } from 'vitest';
import { ARN, code, createFn, newWorld, thrown } from './helpers';

// The AWS documentation behind the behaviour these tests state:
// https://docs.aws.amazon.com/lambda/latest/dg/configuration-versions.html
// https://docs.aws.amazon.com/lambda/latest/api/API_PublishVersion.html
// https://docs.aws.amazon.com/lambda/latest/api/API_UpdateAlias.html
// https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html
// https://docs.aws.amazon.com/lambda/latest/api/API_DeleteFunction.html

describe('versions', () => {
  it('publishes numbered snapshots 1, 2, … of code and configuration', () => {
    const w = newWorld();
    createFn(w, 'my-fn', { durationMs: 50 });
    const v1 = w.lambda.publishVersion({ FunctionName: 'my-fn' });
    w.lambda.updateFunctionCode({ FunctionName: 'my-fn', ZipFile: code({ durationMs: 80 }) });
    waitUntilFunctionReady(w, 'my-fn');
    const v2 = w.lambda.publishVersion({ FunctionName: 'my-fn' });
    expect([v1.Version, v2.Version]).toEqual(['1', '2']);
    expect(v1.FunctionArn).toBe(`${ARN}:my-fn:1`);
    expect(v1.CodeSha256).not.toBe(v2.CodeSha256);
  });

  it('returns the last version again when nothing changed, without a new number', () => {
    const w = newWorld();
    createFn(w, 'my-fn', {}, { Publish: true });
    const again = w.lambda.publishVersion({ FunctionName: 'my-fn' });
    expect(again.Version).toBe('1');
    expect(w.lambda.listVersionsByFunction({ FunctionName: 'my-fn' }).Versions.map((v) => v.Version)).toEqual([
      '$LATEST',
      '1',
    ]);
    expect(w.log.entries().some((e) => e.type === 'version.unchanged')).toBe(true);
  });

  it('treats a configuration-only change as a change: same CodeSha256, new version', () => {
    const w = newWorld();
    createFn(w, 'my-fn', {}, { Publish: true });
    w.lambda.updateFunctionConfiguration({ FunctionName: 'my-fn', Environment: { Variables: { MODE: 'b' } } });
    waitUntilFunctionReady(w, 'my-fn');
    const v2 = w.lambda.publishVersion({ FunctionName: 'my-fn' });
    const v1 = w.lambda.getFunctionConfiguration({ FunctionName: 'my-fn', Qualifier: '1' });
    expect(v2.Version).toBe('2');
    expect(v2.CodeSha256).toBe(v1.CodeSha256);
    expect(v1.Environment).toBeUndefined();
  });

  it('never reuses a number, even after deleting a version or the whole function', () => {
    const w = newWorld();
    createFn(w, 'my-fn', { a: 1 }, { Publish: true });
    w.lambda.updateFunctionCode({ FunctionName: 'my-fn', ZipFile: code({ a: 2 }), Publish: true });
    waitUntilFunctionReady(w, 'my-fn');
    w.lambda.deleteFunction({ FunctionName: 'my-fn', Qualifier: '2' });
    w.lambda.updateFunctionCode({ FunctionName: 'my-fn', ZipFile: code({ a: 3 }) });
    waitUntilFunctionReady(w, 'my-fn');
    expect(w.lambda.publishVersion({ FunctionName: 'my-fn' }).Version).toBe('3');
    w.lambda.deleteFunction({ FunctionName: 'my-fn' });
    const re = createFn(w, 'my-fn', { a: 4 }, { Publish: true });
    expect(re.Version).toBe('4');
  });

  it('rejects a CodeSha256 that is not $LATEST’s (InvalidParameterValueException)', () => {
    const w = newWorld();
    const cfg = createFn(w);
    const e = thrown(() => w.lambda.publishVersion({ FunctionName: 'my-fn', CodeSha256: 'abc' }));
    expect(e.name).toBe('InvalidParameterValueException');
    expect(e.message).toBe(
      `CodeSHA256 (abc) is different from current CodeSHA256 in $LATEST (${cfg.CodeSha256}). Please try again with the CodeSHA256 in $LATEST.`,
    );
  });

  it('rejects a stale RevisionId with PreconditionFailedException 412; publishing changes $LATEST’s RevisionId', () => {
    const w = newWorld();
    createFn(w);
    // The RevisionId of the Active function (it changed when creation completed).
    const current = w.lambda.getFunctionConfiguration({ FunctionName: 'my-fn' });
    w.lambda.publishVersion({ FunctionName: 'my-fn', RevisionId: current.RevisionId as string });
    const after = w.lambda.getFunctionConfiguration({ FunctionName: 'my-fn' });
    expect(after.RevisionId).not.toBe(current.RevisionId);
    const e = thrown(() =>
      w.lambda.publishVersion({ FunctionName: 'my-fn', RevisionId: current.RevisionId as string }),
    );
    expect([e.name, e.$metadata.httpStatusCode]).toEqual(['PreconditionFailedException', 412]);
  });

  it('uses the Description given to PublishVersion for that version only', () => {
    const w = newWorld();
    createFn(w, 'my-fn', {}, { Description: 'latest text' });
    const v = w.lambda.publishVersion({ FunctionName: 'my-fn', Description: 'release 1' });
    expect(v.Description).toBe('release 1');
    expect(w.lambda.getFunctionConfiguration({ FunctionName: 'my-fn' }).Description).toBe('latest text');
  });

  it('publishes on create and on code update with Publish: true', () => {
    const w = newWorld();
    expect(createFn(w, 'my-fn', {}, { Publish: true }).Version).toBe('1');
    expect(w.lambda.updateFunctionCode({ FunctionName: 'my-fn', ZipFile: code({ x: 1 }), Publish: true }).Version).toBe(
      '2',
    );
  });

  it('lists $LATEST first with its qualified ARN, then the versions in order', () => {
    const w = newWorld();
    createFn(w, 'my-fn', { a: 1 }, { Publish: true });
    w.lambda.updateFunctionCode({ FunctionName: 'my-fn', ZipFile: code({ a: 2 }), Publish: true });
    waitUntilFunctionReady(w, 'my-fn');
    const list = w.lambda.listVersionsByFunction({ FunctionName: 'my-fn' }).Versions;
    expect(list.map((v) => v.FunctionArn)).toEqual([`${ARN}:my-fn:$LATEST`, `${ARN}:my-fn:1`, `${ARN}:my-fn:2`]);
  });

  it('resolves an alias qualifier to its version’s configuration but keeps the alias in the ARN', () => {
    const w = newWorld();
    createFn(w, 'my-fn', {}, { Publish: true });
    w.lambda.createAlias({ FunctionName: 'my-fn', Name: 'live', FunctionVersion: '1' });
    const cfg = w.lambda.getFunctionConfiguration({ FunctionName: 'my-fn', Qualifier: 'live' });
    expect(cfg.Version).toBe('1');
    expect(cfg.FunctionArn).toBe(`${ARN}:my-fn:live`);
    const e = thrown(() => w.lambda.getFunctionConfiguration({ FunctionName: 'my-fn:99' }));
    expect(e.message).toBe(`Function not found: ${ARN}:my-fn:99`);
  });

  describe('DeleteFunction with Qualifier', () => {
    it('refuses to delete a version an alias points to, naming the aliases', () => {
      const w = newWorld();
      createFn(w, 'my-fn', {}, { Publish: true });
      w.lambda.createAlias({ FunctionName: 'my-fn', Name: 'live', FunctionVersion: '1' });
      const e = thrown(() => w.lambda.deleteFunction({ FunctionName: 'my-fn', Qualifier: '1' }));
      expect([e.name, e.$metadata.httpStatusCode, e.message]).toEqual([
        'ResourceConflictException',
        409,
        'Unable to delete version because the following aliases reference it: [live]',
      ]);
    });

    it('treats a weighted additional version as referenced too', () => {
      const w = newWorld();
      createFn(w, 'my-fn', { a: 1 }, { Publish: true });
      w.lambda.updateFunctionCode({ FunctionName: 'my-fn', ZipFile: code({ a: 2 }), Publish: true });
      waitUntilFunctionReady(w, 'my-fn');
      w.lambda.createAlias({
        FunctionName: 'my-fn',
        Name: 'live',
        FunctionVersion: '1',
        RoutingConfig: { AdditionalVersionWeights: { '2': 0.1 } },
      });
      expect(thrown(() => w.lambda.deleteFunction({ FunctionName: 'my-fn', Qualifier: '2' })).name).toBe(
        'ResourceConflictException',
      );
    });

    it('refuses $LATEST and alias names as Qualifier', () => {
      const w = newWorld();
      createFn(w, 'my-fn', {}, { Publish: true });
      w.lambda.createAlias({ FunctionName: 'my-fn', Name: 'live', FunctionVersion: '1' });
      expect(thrown(() => w.lambda.deleteFunction({ FunctionName: 'my-fn', Qualifier: '$LATEST' })).message).toBe(
        '$LATEST version cannot be deleted without deleting the function.',
      );
      expect(thrown(() => w.lambda.deleteFunction({ FunctionName: 'my-fn', Qualifier: 'live' })).message).toBe(
        'Deletion of aliases is not currently supported.',
      );
    });

    it('deletes only an unreferenced version and leaves the others', () => {
      const w = newWorld();
      createFn(w, 'my-fn', { a: 1 }, { Publish: true });
      w.lambda.updateFunctionCode({ FunctionName: 'my-fn', ZipFile: code({ a: 2 }), Publish: true });
      waitUntilFunctionReady(w, 'my-fn');
      w.lambda.deleteFunction({ FunctionName: 'my-fn', Qualifier: '1' });
      expect(w.lambda.listVersionsByFunction({ FunctionName: 'my-fn' }).Versions.map((v) => v.Version)).toEqual([
        '$LATEST',
        '2',
      ]);
    });
  });
});
