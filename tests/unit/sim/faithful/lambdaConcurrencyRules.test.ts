/**
 * Issue 16, items 2 and 3: provisioned and reserved concurrency rules as AWS documents them.
 */
import { describe, expect, it } from 'vitest';
import { newWorld, thrown, twoVersions } from '../lambda/helpers';

function weightedAlias() {
  const w = newWorld();
  twoVersions(w, 'orders');
  w.lambda.createAlias({
    FunctionName: 'orders',
    Name: 'live',
    FunctionVersion: '1',
    RoutingConfig: { AdditionalVersionWeights: { '2': 0.1 } },
  });
  return w;
}

describe('item 2: provisioned concurrency on an alias with a routing configuration', () => {
  // "You can't manage provisioned concurrency settings on the alias while the routing configuration is in place."
  // https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html
  it('PutProvisionedConcurrencyConfig on a weighted alias is InvalidParameterValueException', () => {
    const w = weightedAlias();
    const e = thrown(() =>
      w.lambda.putProvisionedConcurrencyConfig({
        FunctionName: 'orders',
        Qualifier: 'live',
        ProvisionedConcurrentExecutions: 5,
      }),
    );
    expect(e.name).toBe('InvalidParameterValueException');
    expect(e.message).toBe('Alias with weights can not be used with Provisioned Concurrency');
  });

  it('an update or delete of an existing config is refused while a canary has the alias weighted', () => {
    const w = newWorld();
    twoVersions(w, 'orders');
    w.lambda.createAlias({ FunctionName: 'orders', Name: 'live', FunctionVersion: '1' });
    w.lambda.putProvisionedConcurrencyConfig({
      FunctionName: 'orders',
      Qualifier: 'live',
      ProvisionedConcurrentExecutions: 5,
    });
    w.lambda.updateAlias({
      FunctionName: 'orders',
      Name: 'live',
      RoutingConfig: { AdditionalVersionWeights: { '2': 0.1 } },
    });
    expect(
      thrown(() =>
        w.lambda.putProvisionedConcurrencyConfig({
          FunctionName: 'orders',
          Qualifier: 'live',
          ProvisionedConcurrentExecutions: 8,
        }),
      ).name,
    ).toBe('InvalidParameterValueException');
    expect(
      thrown(() => w.lambda.deleteProvisionedConcurrencyConfig({ FunctionName: 'orders', Qualifier: 'live' })).name,
    ).toBe('InvalidParameterValueException');
    // Once the routing configuration is gone, it can be managed again.
    w.lambda.updateAlias({ FunctionName: 'orders', Name: 'live', FunctionVersion: '2', RoutingConfig: {} });
    expect(() =>
      w.lambda.deleteProvisionedConcurrencyConfig({ FunctionName: 'orders', Qualifier: 'live' }),
    ).not.toThrow();
  });
});

describe('item 3: reserved concurrency below the provisioned total', () => {
  // "Provisioned concurrency counts towards a function's reserved concurrency": reserving less than is provisioned
  // is refused. https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html
  it('PutFunctionConcurrency lower than the total provisioned concurrency is InvalidParameterValueException naming the total', () => {
    const w = newWorld();
    twoVersions(w, 'orders');
    w.lambda.putProvisionedConcurrencyConfig({
      FunctionName: 'orders',
      Qualifier: '1',
      ProvisionedConcurrentExecutions: 4,
    });
    w.lambda.putProvisionedConcurrencyConfig({
      FunctionName: 'orders',
      Qualifier: '2',
      ProvisionedConcurrentExecutions: 3,
    });
    const e = thrown(() =>
      w.lambda.putFunctionConcurrency({ FunctionName: 'orders', ReservedConcurrentExecutions: 6 }),
    );
    expect(e.name).toBe('InvalidParameterValueException');
    expect(e.message).toMatch(/should not be lower than function's total provisioned concurrency \[7\]\.$/);
    expect(w.lambda.getFunctionConcurrency({ FunctionName: 'orders' })).toEqual({});
  });

  it('reserving exactly the provisioned total is allowed', () => {
    const w = newWorld();
    twoVersions(w, 'orders');
    w.lambda.putProvisionedConcurrencyConfig({
      FunctionName: 'orders',
      Qualifier: '1',
      ProvisionedConcurrentExecutions: 4,
    });
    expect(w.lambda.putFunctionConcurrency({ FunctionName: 'orders', ReservedConcurrentExecutions: 4 })).toEqual({
      ReservedConcurrentExecutions: 4,
    });
  });
});
