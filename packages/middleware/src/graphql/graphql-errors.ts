import type { Decision, DecisionKind } from '@iamgate/policy';
import { GraphQLError } from 'graphql';
import { accessDeniedMessage } from '../core/access-denied-message.js';
import { authenticationDenial } from '../core/denial.js';
import { type AuthenticationError, DENIAL_STATUS, type DenialCode } from '../errors.js';

/**
 * The `extensions.code` values of the plugin's errors: the middleware's denial codes, which are the gateway's, so
 * that clients of both branch on one set of codes.
 */
export type GraphQLDenialCode = DenialCode;

/** One checked field's decision, as listed in an `AccessDenied` error's `extensions.decisions`. */
export interface FieldDecisionSummary {
  /** Response keys from the root, joined with `.`. */
  path: string;
  action: string;
  resource: string;
  decision: DecisionKind;
  /** With `exposeReasons`: the statements and layer behind the decision. */
  reasons?: Pick<Decision, 'deniedBy' | 'allowedBy' | 'failedLayer' | 'missingContextKeys'>;
}

function error(message: string, code: GraphQLDenialCode, extra: Record<string, unknown> = {}) {
  const http: Record<string, unknown> = { status: DENIAL_STATUS[code] };
  if (extra.headers !== undefined) http.headers = extra.headers;
  const { headers: _, ...rest } = extra;
  return new GraphQLError(message, { extensions: { code, http, ...rest } });
}

/** A 401 (or 503) for a failed authentication, with RFC 6750's `WWW-Authenticate` challenge. */
export function authenticationFailed(failure: AuthenticationError): GraphQLError {
  const denial = authenticationDenial(failure);
  return error(failure.message, failure.code, { headers: denial.headers });
}

/** A checked field and its decision (see `FieldAuthorization`). */
interface DecidedField {
  path: string;
  action: string;
  resource: string;
  decision: Decision;
}

function summarize(field: DecidedField, exposeReasons: boolean): FieldDecisionSummary {
  const { path, action, resource, decision } = field;
  const summary: FieldDecisionSummary = { path, action, resource, decision: decision.decision };
  if (exposeReasons) {
    const { deniedBy, allowedBy, failedLayer, missingContextKeys } = decision;
    summary.reasons =
      failedLayer === undefined
        ? { deniedBy, allowedBy, missingContextKeys }
        : { deniedBy, allowedBy, failedLayer, missingContextKeys };
  }
  return summary;
}

/**
 * The whole operation is refused because at least one field is: the message explains the first refused field, and
 * `extensions.decisions` lists every checked field's decision (with reasons only when `exposeReasons`).
 */
export function accessDenied(
  principalArn: string,
  first: DecidedField,
  fields: readonly DecidedField[],
  exposeReasons: boolean,
): GraphQLError {
  const message = accessDeniedMessage(principalArn, first.action, first.resource, first.decision);
  return error(message, 'AccessDenied', { decisions: fields.map((f) => summarize(f, exposeReasons)) });
}

/** A 500 or 503 with a fixed message; the cause goes to `onError`. */
export function failure(code: 'ServiceFailure' | 'ServiceUnavailable', message: string): GraphQLError {
  return error(message, code);
}

/** The operation selects more fields than the plugin will authorize. */
export function tooLarge(limit: number): GraphQLError {
  return error(`the operation selects more than ${limit} fields`, 'QueryTooComplex');
}
