import { IamError } from '../../errors/iam-error.js';
import { countSignIn } from '../../metrics/count-sign-in.js';
import { metricsOf } from '../../metrics/metrics-of.js';
import type { SignInInput } from '../../sign-in/sign-in-input.js';
import { builder } from '../builder.js';
import { SessionRef, SignInInputRef } from './types.js';

interface MfaArgs {
  mfaCode?: string | null;
  serialNumber?: string | null;
}

interface SignInArgs {
  root?: ({ email: string; password: string } & MfaArgs) | null;
  user?: ({ account: string; userName: string; password: string } & MfaArgs) | null;
  accessKey?: { accessKeyId: string; secretAccessKey: string } | null;
}

function toSignInInput(input: SignInArgs): SignInInput {
  if (input.root) {
    const { mfaCode, serialNumber, ...root } = input.root;
    return { kind: 'root', ...root, mfaCode: mfaCode ?? undefined, serialNumber: serialNumber ?? undefined };
  }
  if (input.user) {
    const { mfaCode, serialNumber, ...user } = input.user;
    return { kind: 'user', ...user, mfaCode: mfaCode ?? undefined, serialNumber: serialNumber ?? undefined };
  }
  if (input.accessKey) return { kind: 'accessKey', ...input.accessKey };
  // @oneOf input objects make this unreachable through GraphQL; kept for direct callers.
  throw new IamError('InvalidInput', 'give exactly one of `root`, `user` or `accessKey`');
}

builder.mutationField('signIn', (t) =>
  t.field({
    type: SessionRef,
    description:
      'Signs in and starts a session. Failures do not say whether the principal exists; repeated failures for a ' +
      'principal or from an address are slowed down and then refused with `Throttling` for a while. A password ' +
      'sign-in of a principal with an MFA device enabled needs its current code (`mfaCode`): without one it ' +
      'answers `MfaRequired`, and a wrong or replayed code counts as a failed sign-in.',
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
