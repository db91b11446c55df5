import { createTestStore, TEST_DATABASE_ENV } from '@iamgate/store/testing';
import { describe, it } from 'vitest';
import { runStoreSuite } from './suite/index.js';

if (process.env[TEST_DATABASE_ENV]) {
  // A pool of 20 connections: concurrent calls really run in parallel transactions on the server.
  runStoreSuite('store on Postgres', () => createTestStore({ driver: 'postgres', poolSize: 20 }));
} else {
  describe('store on Postgres', () => {
    it.skip(`needs ${TEST_DATABASE_ENV}`, () => {});
  });
}
