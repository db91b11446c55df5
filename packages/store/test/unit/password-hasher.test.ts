import { describe, expect, it } from 'vitest';
import { DEFAULT_ARGON2, MIN_ARGON2 } from '../../src/secrets/argon2id.js';
import { HashLimiter } from '../../src/secrets/hash-limiter.js';
import { PasswordHasher, passwordHasher } from '../../src/secrets/password-hasher.js';
import { hashScrypt } from '../../src/secrets/scrypt.js';

const SCRYPT = { logN: 14, r: 8, p: 1 };

describe('password hasher', () => {
  it('hashes new passwords with Argon2id at OWASP’s cost by default (m=19 MiB, t=2, p=1), in PHC format', async () => {
    const hasher = passwordHasher({ ...SCRYPT });
    expect(hasher.argon2).toEqual({ memoryKiB: 19_456, timeCost: 2, parallelism: 1 });
    const a = await hasher.hash('Correct-horse-1');
    const b = await hasher.hash('Correct-horse-1');
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(a).not.toBe(b);
    expect(await hasher.verify('Correct-horse-1', a)).toEqual({ valid: true });
    expect(await hasher.verify('correct-horse-1', a)).toEqual({ valid: false });
    expect(await hasher.verify('Correct-horse-1', '$argon2id$bad')).toEqual({ valid: false });
    expect(await hasher.verify('Correct-horse-1', 'neither')).toEqual({ valid: false });
    expect(await hasher.verifyNothing('Correct-horse-1')).toBe(false);
  });

  it('verifies scrypt hashes of earlier versions and hands back an Argon2id hash of a valid password', async () => {
    const hasher = passwordHasher({ ...SCRYPT, argon2: MIN_ARGON2 });
    const legacy = await hashScrypt('Correct-horse-1', SCRYPT);
    expect(await hasher.verify('Wrong-horse-1', legacy)).toEqual({ valid: false });
    const check = await hasher.verify('Correct-horse-1', legacy);
    expect(check.valid).toBe(true);
    expect(check.rehashed).toMatch(/^\$argon2id\$v=19\$m=7168,t=1,p=1\$/);
    expect(await hasher.verify('Correct-horse-1', check.rehashed as string)).toEqual({ valid: true });
  });

  it('re-hashes an Argon2id hash made with another cost', async () => {
    const old = await passwordHasher({ ...SCRYPT }).hash('Correct-horse-1');
    const check = await passwordHasher({ ...SCRYPT, argon2: MIN_ARGON2 }).verify('Correct-horse-1', old);
    expect(check.rehashed).toMatch(/^\$argon2id\$v=19\$m=7168,t=1,p=1\$/);
  });

  it('finds a password among previous hashes of both formats', async () => {
    const hasher = passwordHasher({ ...SCRYPT, argon2: MIN_ARGON2 });
    const previous = [await hasher.hash('First-horse-1'), await hashScrypt('Second-horse-2', SCRYPT)];
    expect(await hasher.matchesAny('Second-horse-2', previous)).toBe(true);
    expect(await hasher.matchesAny('Third-horse-3', previous)).toBe(false);
    expect(await hasher.matchesAny('Third-horse-3', [])).toBe(false);
  });

  it('refuses an Argon2 cost below the minimum with InvalidConfiguration', () => {
    for (const argon2 of [
      { ...MIN_ARGON2, memoryKiB: MIN_ARGON2.memoryKiB - 1 },
      { ...DEFAULT_ARGON2, timeCost: 0 },
      { ...DEFAULT_ARGON2, parallelism: 0 },
      { ...DEFAULT_ARGON2, memoryKiB: 19_456.5 },
    ]) {
      expect(() => passwordHasher({ ...SCRYPT, argon2 })).toThrow(
        expect.objectContaining({ code: 'InvalidConfiguration' }),
      );
    }
  });

  it('takes one turn of its limiter per hash, so a full queue refuses with Throttling', async () => {
    const limiter = new HashLimiter({ concurrency: 1, queue: 1 });
    const hasher = new PasswordHasher(MIN_ARGON2, limiter);
    let open!: () => void;
    const held = limiter.run(() => new Promise<void>((resolve) => (open = resolve)));
    const queued = hasher.hash('Correct-horse-1');
    await expect(hasher.verifyNothing('x')).rejects.toMatchObject({ code: 'Throttling' });
    open();
    await held;
    expect(await queued).toMatch(/^\$argon2id\$/);
  });
});
