import { isStoreError, StoreError } from '../errors.js';
import { driverErrorInfo, isRetryable, isUnavailable } from './driver-error.js';

/** What a unique index protects, for the message of the `EntityAlreadyExists` it raises. */
const UNIQUE_ENTITIES: Record<string, string> = {
  accounts_alias_uq: 'account alias',
  accounts_root_email_uq: 'account with root email',
  accounts_pkey: 'account',
  users_account_name_uq: 'user',
  groups_account_name_uq: 'group',
  roles_account_name_uq: 'role',
  policies_account_name_uq: 'policy',
  workloads_account_name_uq: 'workload',
  inline_policies_user_uq: 'inline policy',
  inline_policies_group_uq: 'inline policy',
  inline_policies_role_uq: 'inline policy',
  login_profiles_pkey: 'login profile for user',
  signing_keys_one_active_uq: 'active signing key',
  signing_keys_pkey: 'signing key',
  sessions_pkey: 'session',
};

/**
 * Turns anything thrown inside a repository operation into a `StoreError`. `subject` names the user input the
 * operation was about (an entity name), used in the message in backticks; query parameters never are.
 */
export function mapError(error: unknown, subject?: string): StoreError {
  if (isStoreError(error)) return error;
  const info = driverErrorInfo(error);
  const named = subject === undefined ? '' : ` \`${subject}\``;
  const details = info.constraint === undefined ? {} : { constraint: info.constraint };
  switch (info.code) {
    case '23505': {
      const kind = (info.constraint && UNIQUE_ENTITIES[info.constraint]) ?? 'entity';
      return new StoreError('EntityAlreadyExists', `${kind}${named} already exists`, {
        cause: info.error,
        details,
      });
    }
    case '23503':
      // A foreign key refused. Postgres words it "update or delete on table ..." when the referenced row is being
      // removed (something still refers to it) and "insert or update on table ..." when the target is missing.
      return /^update or delete/i.test(String((info.error as { message?: unknown }).message ?? ''))
        ? new StoreError('DeleteConflict', `${subject ? `\`${subject}\`` : 'entity'} is still in use`, {
            cause: info.error,
            details,
          })
        : new StoreError('NoSuchEntity', `a referenced entity does not exist`, {
            cause: info.error,
            details,
          });
    case '23514':
    case '22001':
    case '22P02':
    // Text the database cannot store: a NUL byte (22021) or a character its encoding lacks (22P05).
    case '22021':
    case '22P05':
    // A value that is not what its column takes: a date or time (22007, 22008), a number out of range (22003), as
    // from a forged pagination cursor.
    case '22007':
    case '22008':
    case '22003':
      return new StoreError('InvalidInput', `a value is out of range or badly formed`, {
        cause: info.error,
        details,
      });
    default:
      if (isRetryable(info)) {
        return new StoreError(
          'ConcurrentModification',
          'the change conflicted with a concurrent change; retry',
          {
            cause: info.error,
          },
        );
      }
      if (isUnavailable(info)) {
        return new StoreError('ServiceUnavailable', 'the database is not available; retry later', {
          cause: info.error,
        });
      }
      return new StoreError('ServiceFailure', 'unexpected database error', { cause: info.error });
  }
}
