import type { Decision } from '@iamgate/policy';

/**
 * The decision for operations AWS lets every authenticated caller make about itself, whatever its policies:
 * `GetCallerIdentity` and `GetSessionToken` ("no permissions are required", `API_GetCallerIdentity.html`,
 * `API_GetSessionToken.html`), and iamgate's `authorize` for the caller's own rights. No statement took part.
 */
export function noPermissionNeeded(): Decision {
  return { decision: 'Allow', deniedBy: [], allowedBy: [], missingContextKeys: [], errors: [] };
}

/** The decision for a request about something that does not exist or may not be used, like an unknown role. */
export function notTrusted(): Decision {
  return {
    decision: 'ImplicitDeny',
    deniedBy: [],
    allowedBy: [],
    failedLayer: 'resource',
    missingContextKeys: [],
    errors: [],
  };
}
