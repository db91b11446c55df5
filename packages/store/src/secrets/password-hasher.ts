import { StoreError } from '../errors.js';
import {
  type Argon2Params,
  checkArgon2Params,
  DEFAULT_ARGON2,
  hasArgon2Params,
  hashArgon2id,
  isArgon2idHash,
  verifyArgon2id,
} from './argon2id.js';
import { type HashLimiter, type HashTurn, passwordHashLimiter } from './hash-limiter.js';
import type { PasswordHashing } from './password-hash.js';
import { isScryptHash, verifyScrypt } from './scrypt.js';

/** The result of checking a password against a stored hash. */
export interface PasswordCheck {
  valid: boolean;
  /**
   * When the password was valid but its hash is outdated (scrypt, or Argon2id at another cost): the same password
   * hashed anew with the current cost, to store in place of the old one.
   */
  rehashed?: string;
}

/**
 * Every password hash and verification of the store, each taking one turn of the process-wide `HashLimiter`.
 * New hashes are Argon2id; scrypt hashes from earlier versions still verify, and a valid one comes back re-hashed
 * (in the same turn, so a successful sign-in is never refused half-way). Unknown principals are checked against a
 * dummy hash of the current cost, so that failures take the same time whether or not the principal exists.
 *
 * @example
 * const hasher = passwordHasher({ ...DEFAULT_SCRYPT });
 * const stored = await hasher.hash('Correct-horse-1');
 * const { valid } = await hasher.verify('Correct-horse-1', stored);
 */
export class PasswordHasher {
  private dummy: Promise<string> | undefined;

  constructor(
    readonly argon2: Argon2Params,
    private readonly limiter: HashLimiter = passwordHashLimiter,
  ) {}

  /** Hashes a new password. */
  hash(password: string, turn: HashTurn = {}): Promise<string> {
    return this.limiter.run(() => hashArgon2id(password, this.argon2), turn);
  }

  /** Checks `password` against `stored` (Argon2id or scrypt), re-hashing it when its hash is outdated. */
  verify(password: string, stored: string, turn: HashTurn = {}): Promise<PasswordCheck> {
    return this.limiter.run(async () => {
      if (isArgon2idHash(stored)) {
        if (!(await verifyArgon2id(password, stored))) return { valid: false };
        if (hasArgon2Params(stored, this.argon2)) return { valid: true };
      } else if (isScryptHash(stored)) {
        if (!(await verifyScrypt(password, stored))) return { valid: false };
      } else {
        await verifyArgon2id(password, await this.dummyHash());
        return { valid: false };
      }
      return { valid: true, rehashed: await hashArgon2id(password, this.argon2) };
    }, turn);
  }

  /**
   * Spends the time of a verification when there is nothing to verify against (unknown account or user, no login
   * profile), so response times do not reveal which principals exist. Always `false`.
   */
  async verifyNothing(password: string, turn: HashTurn = {}): Promise<false> {
    await this.limiter.run(async () => verifyArgon2id(password, await this.dummyHash()), turn);
    return false;
  }

  /**
   * Whether `password` is one of `hashes` (password reuse prevention: up to 24). One turn for all of them, checked
   * one after another, so a password change holds one hash's memory at a time and one place in the queue.
   */
  matchesAny(password: string, hashes: readonly string[], turn: HashTurn = {}): Promise<boolean> {
    if (hashes.length === 0) return Promise.resolve(false);
    return this.limiter.run(async () => {
      for (const stored of hashes) {
        const valid = isArgon2idHash(stored)
          ? await verifyArgon2id(password, stored)
          : await verifyScrypt(password, stored);
        if (valid) return true;
      }
      return false;
    }, turn);
  }

  private dummyHash(): Promise<string> {
    // Made inside the caller's turn the first time, then kept.
    this.dummy ??= hashArgon2id('iamgate-dummy-password', this.argon2).catch((error: unknown) => {
      this.dummy = undefined;
      throw error;
    });
    return this.dummy;
  }
}

const hashers = new WeakMap<object, PasswordHasher>();

/**
 * The hasher for a store's `passwordHashing` option, made (and its Argon2 cost checked: `InvalidConfiguration`
 * below `MIN_ARGON2`) once per option object, so repositories bound to transactions share it and its dummy hash.
 */
export function passwordHasher(options: PasswordHashing): PasswordHasher {
  let hasher = hashers.get(options);
  if (!hasher) {
    if (options.argon2 !== undefined && typeof options.argon2 !== 'object') {
      throw new StoreError('InvalidConfiguration', 'passwordHashing.argon2 must be an object');
    }
    hasher = new PasswordHasher(checkArgon2Params(options.argon2 ?? DEFAULT_ARGON2));
    hashers.set(options, hasher);
  }
  return hasher;
}
