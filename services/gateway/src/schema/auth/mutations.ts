import { IamError } from '../../errors/iam-error.js';
import { countSignIn } from '../../metrics/count-sign-in.js';
import { metricsOf } from '../../metrics/metrics-of.js';
import type { SignInInput } from '../../sign-in/sign-in-input.js';
import { builder } from '../builder.js';
import { SessionRef, SignInInputRef } from './types.js';

interface SignInArgs {
  root?: { email: string; password: string } | null;
  user?: { account: string; userName: string; password: string } | null;
  accessKey?: { accessKeyId: string; secretAccessKey: string } | null;
}

function toSignInInput(input: SignInArgs): SignInInput {
  if (input.root) return { kind: 'root', ...input.root };
  if (input.user) return { kind: 'user', ...input.user };
  if (input.accessKey) return { kind: 'accessKey', ...input.accessKey };
  // @oneOf input objects make this unreachable through GraphQL; kept for direct callers.
  throw new IamError('InvalidInput', 'give exactly one of `root`, `user` or `accessKey`');
}

builder.mutationField('signIn', (t) =>
  t.field({
    type: SessionRef,
    description:
      'Signs in and starts a session. Failures do not say whether the principal exists; repeated failures for a ' +
      'principal or from an address are slowed down and then refused with `Throttling` for a while.',
    args: { input: t.arg({ type: SignInInputRef, required: true, description: 'The credentials.' }) },
    authz: {
      public: true,
      because: 'signing in is how a caller gets credentials; the service audits every attempt',
    },
    resolve: (_root, { input }, ctx) =>
      countSignIn(
        metricsOf(ctx.services),
        ctx.services.signIn.signIn(toSignInInput(input), { requestId: ctx.requestId, facts: ctx.facts }),
      ),
  }),
);
