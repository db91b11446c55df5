import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

/** The environment variable naming the Postgres server tests may create databases on. */
export const TEST_DATABASE_ENV = 'IAMGATE_TEST_DATABASE_URL';

/** A database created for one test file, and how to drop it. */
export interface TestDatabase {
  /** Connection URL of the fresh database. */
  url: string;
  /** Drops the database (closing any connection left open to it). */
  drop(): Promise<void>;
}

/**
 * Creates a fresh, empty database `iamgate_<random>` on the server named by `IAMGATE_TEST_DATABASE_URL` (or
 * `serverUrl`), so test files running in parallel against one server never share state.
 */
export async function createTestDatabase(serverUrl = process.env[TEST_DATABASE_ENV]): Promise<TestDatabase> {
  if (!serverUrl) throw new Error(`${TEST_DATABASE_ENV} is not set`);
  const name = `iamgate_${randomBytes(8).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = postgres(serverUrl, { max: 1, onnotice: () => {} });
      try {
        // WITH (FORCE) ends connections a failed test may have left open (Postgres 13+).
        await client.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end({ timeout: 5 });
      }
    },
  };
}
