import { randomInt } from 'node:crypto';

/**
 * AWS-style identifiers. AWS documents the prefixes in
 * `IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids`.
 */
export const ID_PREFIX = {
  user: 'AIDA',
  role: 'AROA',
  group: 'AGPA',
  policy: 'ANPA',
  workload: 'AIPA',
  accessKey: 'AKIA',
  session: 'ASIA',
  /** iamgate's own prefix: AWS shows no id for MFA devices, only their serial number. */
  mfaDevice: 'AMFA',
  /** iamgate's: an app's service definition. */
  serviceDefinition: 'ASVC',
  /** iamgate's: a stored resource-based policy (AWS names those by their resource only). */
  resourcePolicy: 'ARPL',
} as const;

/** The kinds of entity that get a prefixed id. */
export type IdKind = keyof typeof ID_PREFIX;

const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** `length` characters drawn uniformly (rejection sampling in `randomInt`) from `alphabet`. */
export function randomString(alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

/**
 * A new id: the prefix and random uppercase letters and digits. Unique ids are 21 characters like AWS's
 * (`AIDAJQABLZS4A3QDU576Q`); access key and session ids are 20 (`AKIAIOSFODNN7EXAMPLE`).
 */
export function newId(kind: IdKind): string {
  const length = kind === 'accessKey' || kind === 'session' ? 16 : 17;
  return ID_PREFIX[kind] + randomString(UPPER_ALNUM, length);
}

/** A 12-digit account id that does not start with 0, so it survives being read as a number. */
export function newAccountId(): string {
  return String(randomInt(1, 10)) + randomString('0123456789', 11);
}

/**
 * A 40-character secret from a 62-symbol alphabet: about 238 bits of entropy, more than an AWS secret access key.
 * That entropy is what makes storing only an unsalted SHA-256 of it safe (see `secrets/secret-hash.ts`).
 */
export function newSecret(): string {
  return randomString(BASE62, 40);
}
