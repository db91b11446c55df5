export { type RawSqlParam, rawSql } from './raw-sql.js';
export { type TcpProxy, tcpProxy } from './tcp-proxy.js';
export { createTestDatabase, TEST_DATABASE_ENV, type TestDatabase } from './test-database.js';
export { createTestStore, type TestDriver, type TestStore, testDrivers } from './test-store.js';
