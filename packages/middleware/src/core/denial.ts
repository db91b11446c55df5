import type { Decision } from '@iamgate/policy';
import { type AuthenticationError, DENIAL_STATUS, type DenialCode } from '../errors.js';
import { accessDeniedMessage } from './access-denied-message.js';

/** The JSON body of a refused request. */
export interface DenialBody {
  code: DenialCode;
  /** Lowercase, for people; clients branch on `code`. */
  message: string;
  /** For `AccessDenied`: the action that was refused. */
  action?: string;
  /** For `AccessDenied`: the resource it was refused on. */
  resource?: string;
}

/** A refused request: the status, the JSON body and the headers to send. */
export interface Denial {
  status: 401 | 403 | 500 | 503;
  body: DenialBody;
  headers: Record<string, string>;
}

const NO_STORE = { 'cache-control': 'no-store' };

function quoted(text: string): string {
  return text.replace(/["\\]/g, '');
}

/**
 * A 401 (or 503) for a failed authentication. The `WWW-Authenticate` challenge follows RFC 6750 section 3: no error
 * attribute when the request had no token, `invalid_token` when it had a bad one.
 */
export function authenticationDenial(error: AuthenticationError): Denial {
  const body: DenialBody = { code: error.code, message: error.message };
  if (error.status === 503) return { status: 503, body, headers: { ...NO_STORE } };
  const challenge =
    error.code === 'Unauthenticated'
      ? 'Bearer realm="iamgate"'
      : `Bearer realm="iamgate", error="invalid_token", error_description="${quoted(error.message)}"`;
  return { status: 401, body, headers: { ...NO_STORE, 'www-authenticate': challenge } };
}

/** A 403 for a decision that did not allow, with AWS's style of explanation. */
export function accessDenial(
  principalArn: string,
  action: string,
  resource: string,
  decision: Decision,
): Denial {
  return {
    status: 403,
    body: {
      code: 'AccessDenied',
      message: accessDeniedMessage(principalArn, action, resource, decision),
      action,
      resource,
    },
    headers: { ...NO_STORE },
  };
}

/** A 403 for a request that no route maps to an action: nothing can allow it. */
export function unmappedDenial(method: string, path: string): Denial {
  return {
    status: 403,
    body: { code: 'AccessDenied', message: `no action is mapped to \`${method} ${path}\`` },
    headers: { ...NO_STORE },
  };
}

/** A 500 or 503 with a fixed message; details go to `onError`, never to the client. */
export function failureDenial(code: 'ServiceFailure' | 'ServiceUnavailable', message: string): Denial {
  return { status: DENIAL_STATUS[code], body: { code, message }, headers: { ...NO_STORE } };
}
