import { DrizzleQueryError } from 'drizzle-orm/errors';
import { describe, expect, it } from 'vitest';
import { mapError } from '../../src/db/map-error.js';

/** A driver error as postgres.js shapes it. */
function pgError(code: string, constraint?: string, message = 'boom') {
  return Object.assign(new Error(message), { code, ...(constraint ? { constraint_name: constraint } : {}) });
}

describe('mapping database errors', () => {
  it('maps SQLSTATEs to stable codes, unwrapping Drizzle’s error and keeping the driver error as cause', () => {
    const driver = pgError('23505', 'users_account_name_uq');
    const wrapped = new DrizzleQueryError('insert into users ... values ($1)', ['secret-param'], driver);
    const mapped = mapError(wrapped, 'alice');
    expect(mapped).toMatchObject({
      code: 'EntityAlreadyExists',
      details: { constraint: 'users_account_name_uq' },
    });
    expect(mapped.message).toBe('user `alice` already exists');
    expect(mapped.message).not.toContain('secret-param');
    expect(mapped.cause).toBe(driver);
  });

  it('covers foreign keys, checks, serialization failures and the rest', () => {
    expect(
      mapError(pgError('23503', undefined, 'update or delete on table "users" violates foreign key')).code,
    ).toBe('DeleteConflict');
    expect(
      mapError(pgError('23503', undefined, 'insert or update on table "x" violates foreign key')).code,
    ).toBe('NoSuchEntity');
    expect(mapError(pgError('23514')).code).toBe('InvalidInput');
    expect(mapError(pgError('40001')).code).toBe('ConcurrentModification');
    expect(mapError(pgError('40P01')).code).toBe('ConcurrentModification');
    // A NUL in a text parameter (Postgres refuses it) is the caller's input, not a fault of ours.
    expect(mapError(pgError('22021')).code).toBe('InvalidInput');
    expect(mapError(pgError('22P05')).code).toBe('InvalidInput');
    // A forged cursor's date or number (the caller's input).
    for (const code of ['22007', '22008', '22003'])
      expect(mapError(pgError(code)).code, code).toBe('InvalidInput');
    // Lost connections, timeouts and shutdowns: retry later.
    for (const code of ['ECONNRESET', 'CONNECTION_CLOSED', '57P01', '57014', '25P03', '08006', '53300']) {
      expect(mapError(pgError(code)).code, code).toBe('ServiceUnavailable');
    }
    expect(mapError(new Error('PGlite is closed')).code).toBe('ServiceUnavailable');
    expect(mapError(pgError('XX000')).code).toBe('ServiceFailure');
    expect(mapError(new TypeError('bug')).code).toBe('ServiceFailure');
  });
});
