import type { SigningKeyInfo } from '@iamgate/store';
import { builder } from '../builder.js';

/** A token signing key's public metadata. */
export const SigningKeyRef = builder.objectRef<SigningKeyInfo>('SigningKey').implement({
  description:
    'A key that signs session tokens. One is active; retired ones stay in the JWKS until every token they ' +
    'signed has expired. The private half never leaves the store, where it is encrypted.',
  fields: (t) => ({
    kid: t.exposeString('kid', {
      description: 'The key id, as in the `kid` header of tokens (RFC 7638 thumbprint).',
    }),
    algorithm: t.exposeString('algorithm', { description: '`EdDSA` (Ed25519) or `ES256` (P-256).' }),
    status: t.exposeString('status', { description: '`active` or `retired`.' }),
    publicJwk: t.string({
      description: 'The public key as a JWK, JSON text.',
      resolve: (k) => JSON.stringify(k.publicJwk),
    }),
    createDate: t.expose('createdAt', { type: 'DateTime', description: 'When the key was created.' }),
    retireDate: t.expose('retiredAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was retired.',
    }),
    publishUntil: t.expose('publishUntil', {
      type: 'DateTime',
      nullable: true,
      description: 'A retired key leaves the JWKS at this time.',
    }),
  }),
});
