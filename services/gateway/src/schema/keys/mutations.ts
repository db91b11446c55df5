import { builder } from '../builder.js';
import { SigningKeyRef } from './types.js';

builder.mutationField('rotateSigningKey', (t) =>
  t.field({
    type: SigningKeyRef,
    description:
      'Makes a new signing key active for every gateway instance; tokens signed by the previous key keep ' +
      'working until they expire. Allowed to the operator account (the one created at first start).',
    authz: { action: 'iamgate:RotateSigningKey', resource: ({ ctx }) => ctx.targets.signingKeys() },
    resolve: async (_root, _args, ctx) => {
      const key = await ctx.services.keys.rotate(ctx.store.signingKeys);
      // Sign with it once it is committed; other instances hear of it from the change notification.
      ctx.afterCommit(() => ctx.services.keys.adopt(key));
      const info = (await ctx.store.signingKeys.list()).find((k) => k.kid === key.kid);
      // INVARIANT: `rotate` returns the key it just inserted, so it is listed.
      return info ?? { ...key, status: 'active' as const, retiredAt: null, publishUntil: null };
    },
  }),
);
