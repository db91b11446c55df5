import { builder } from '../builder.js';
import { SigningKeyRef } from './types.js';

builder.queryField('listSigningKeys', (t) =>
  t.field({
    type: [SigningKeyRef],
    description: "The gateway's signing keys, newest first (iamgate's `iamgate:ListSigningKeys`).",
    authz: { action: 'iamgate:ListSigningKeys', resource: ({ ctx }) => ctx.targets.signingKeys() },
    resolve: (_root, _args, ctx) => ctx.store.signingKeys.list(),
  }),
);
