import { randomBytes } from 'node:crypto';
import type { Account, Store, StoreErrorCode } from '@iamgate/store';
import { expect } from 'vitest';

/** Returns the store under test; set by `runStoreSuite`'s `beforeAll`. */
export type GetStore = () => Store;

/** A fresh account per test, so tests sharing one store never see each other's entities. */
export async function newAccount(store: Store, alias?: string): Promise<Account> {
  const tag = randomBytes(6).toString('hex');
  return store.accounts.create({
    rootEmail: `root-${tag}@example.com`,
    rootPassword: 'Root-Passw0rd!',
    ...(alias ? { alias } : {}),
  });
}

/** Asserts that `promise` rejects with a `StoreError` carrying `code`; returns the error for further checks. */
export async function expectCode(promise: Promise<unknown>, code: StoreErrorCode) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, `expected a StoreError ${code}`).toMatchObject({ name: 'StoreError', code });
  return error as {
    code: StoreErrorCode;
    message: string;
    details: Record<string, unknown>;
    findings: unknown[];
  };
}

/** An identity policy allowing `action` on `resource`. */
export function allow(action: string, resource = '*') {
  return { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: resource }] };
}

/** A trust policy letting `principal` (an ARN or account id) assume the role. */
export function trust(principal: string | string[]) {
  return {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: principal }, Action: 'sts:AssumeRole' }],
  };
}
