import type { TestStore } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe } from 'vitest';
import { accessActivitySuite } from './access-activity.js';
import { accountsSuite } from './accounts.js';
import { auditSuite } from './audit.js';
import { concurrencySuite } from './concurrency.js';
import { credentialsSuite } from './credentials.js';
import { effectiveSuite } from './effective.js';
import { effectiveBatchSuite } from './effective-batch.js';
import { groupsSuite } from './groups.js';
import { inlineAndBoundariesSuite } from './inline-and-boundaries.js';
import { isolationSuite } from './isolation.js';
import { mfaDevicesSuite } from './mfa-devices.js';
import { oidcProvidersSuite } from './oidc-providers.js';
import { policiesSuite } from './policies.js';
import { resourcePoliciesSuite } from './resource-policies.js';
import { revisionsSuite } from './revisions.js';
import { rolesSuite } from './roles.js';
import { sessionsSuite } from './sessions.js';
import { signInSuite } from './sign-in.js';
import { signInThrottleSuite } from './sign-in-throttle.js';
import { signingKeysSuite } from './signing-keys.js';
import { transactionsSuite } from './transactions.js';
import { trustBindingsSuite } from './trust-bindings.js';
import { usersSuite } from './users.js';
import { workloadsSuite } from './workloads.js';

/**
 * The one store suite every database runs (OpenFGA's `RunAllTests(t, ds)`, Drizzle's `tests()`): `makeStore`
 * opens a fresh store; each test works in its own account.
 */
export function runStoreSuite(name: string, makeStore: () => Promise<TestStore>): void {
  describe(name, () => {
    let opened: TestStore | undefined;
    beforeAll(async () => {
      opened = await makeStore();
    });
    afterAll(async () => {
      await opened?.cleanup();
    });
    const store = () => {
      if (!opened) throw new Error('store not opened');
      return opened.store;
    };
    accountsSuite(store);
    usersSuite(store);
    groupsSuite(store);
    policiesSuite(store);
    resourcePoliciesSuite(store);
    inlineAndBoundariesSuite(store);
    rolesSuite(store);
    trustBindingsSuite(store);
    workloadsSuite(store);
    oidcProvidersSuite(store);
    credentialsSuite(store);
    mfaDevicesSuite(store);
    sessionsSuite(store);
    signingKeysSuite(store);
    effectiveSuite(store);
    effectiveBatchSuite(store);
    auditSuite(store);
    accessActivitySuite(store);
    revisionsSuite(store);
    signInThrottleSuite(store);
    signInSuite(store);
    concurrencySuite(store);
    isolationSuite(store);
    transactionsSuite(store);
  });
}
