import { assumeRoleWithWebIdentity } from '../../federation/assume-role-with-web-identity.js';
import { builder } from '../builder.js';
import { AssumeRoleWithWebIdentityInput, AssumeRoleWithWebIdentityPayloadRef } from './types.js';

builder.mutationField('assumeRoleWithWebIdentity', (t) =>
  t.field({
    type: AssumeRoleWithWebIdentityPayloadRef,
    description:
      "Starts a session of a role for the holder of an OpenID Connect ID token (a CI job's, a Kubernetes pod's), " +
      "without credentials of iamgate (`STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html`). The role's " +
      "account must have registered the issuer (`createOpenIDConnectProvider`) with the token's audience as a " +
      "client ID; the token is verified with the issuer's published keys; the role's trust policy must allow the " +
      'provider\'s ARN (`"Principal": {"Federated": "<arn>"}`) `sts:AssumeRoleWithWebIdentity`, with conditions on ' +
      '`<url>:sub`, `<url>:aud`, `<url>:amr` (`IAM/latest/UserGuide/id_roles_providers_oidc.html`). Errors: ' +
      '`InvalidIdentityToken`, `ExpiredToken`, `IDPCommunicationError` (the issuer could not be read), ' +
      '`AccessDenied` (also for a role that does not exist), `ValidationError`, and `Throttling` after too many ' +
      'refused tokens from one address.',
    args: {
      input: t.arg({
        type: AssumeRoleWithWebIdentityInput,
        required: true,
        description: 'The role, the session and the token.',
      }),
    },
    authz: {
      public: true,
      because:
        "the web identity token is the credential and the role's trust policy decides; every call is counted on " +
        'its source address and audited in the role account',
    },
    resolve: (_root, { input }, ctx) => assumeRoleWithWebIdentity(ctx, input),
  }),
);
