import { UNIQUE_ID } from './trust-binding.js';

/** A user or role ARN of this partition named in a trust policy, in parts. */
export interface ArnCandidate {
  by: 'arn';
  kind: 'user' | 'role';
  accountId: string;
  path: string;
  name: string;
}

/** A user or role unique id named in a trust policy. */
export interface IdCandidate {
  by: 'id';
  kind: 'user' | 'role';
}

/** An `AWS` principal value that names (or claims to name) a user or role of this installation. */
export type PrincipalCandidate = ArnCandidate | IdCandidate;

const ENTITY_ARN = /^arn:([^:]+):iam::(\d{12}):(user|role)(\/(?:[^/]+\/)*)([^/]+)$/;

/**
 * What an `AWS` principal value could be bound to: a user or role ARN of `partition` (any account; whether the
 * account is this installation's is decided by the lookup), or a unique id. Everything else is kept as written:
 * `*`, account ids and `:root` ARNs (account principals), assumed-role and federated-user session ARNs (a session
 * name is chosen by whoever assumes the role, so AWS keeps them as written too), and ARNs of other partitions,
 * which no principal of this installation has.
 */
export function principalCandidate(value: string, partition: string): PrincipalCandidate | undefined {
  const id = UNIQUE_ID.exec(value);
  if (id !== null) return { by: 'id', kind: id[1] === 'IDA' ? 'user' : 'role' };
  const m = ENTITY_ARN.exec(value);
  if (m === null || m[1] !== partition) return undefined;
  return {
    by: 'arn',
    kind: m[3] as 'user' | 'role',
    accountId: m[2] as string,
    path: m[4] as string,
    name: m[5] as string,
  };
}
