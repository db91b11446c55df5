import { IamgateError } from '@iamgate/sdk';

/** Why the gateway refused an action, from `AccessDenied`'s extensions. */
export interface Denial {
  principal: string;
  action: string;
  resource: string;
  /** The message's `because ...` part: why no policy allowed it, or which one denied it. */
  reason: string;
  decision: string | undefined;
  failedLayer: string | undefined;
  deniedBy: { layer: string; policyId: string; sid: string | null }[];
}

/** Whatever went wrong, in the form the console shows it. */
export interface Problem {
  code: string;
  message: string;
  requestId: string | undefined;
  /** Present for `AccessDenied` errors that name what was refused. */
  denial: Denial | undefined;
  /** `MalformedPolicyDocument`'s findings, each with a JSON pointer into the document. */
  findings: { code: string; severity: string; path: string; message: string }[];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The part of an `AccessDenied` message after the resource: `because no identity-based policy allows ...`. */
function reasonOf(message: string, resource: string): string {
  const marker = `\`${resource}\` `;
  const at = message.lastIndexOf(marker);
  return at < 0 ? message : message.slice(at + marker.length);
}

function denialOf(error: IamgateError): Denial | undefined {
  const x = error.extensions;
  const principal = text(x.principal);
  const action = text(x.action);
  const resource = text(x.resource);
  if (principal === undefined || action === undefined || resource === undefined) return undefined;
  const deniedBy = Array.isArray(x.deniedBy)
    ? x.deniedBy.flatMap((entry: unknown) => {
        const e = entry as Record<string, unknown>;
        const layer = text(e.layer);
        const policyId = text(e.policyId);
        return layer === undefined || policyId === undefined
          ? []
          : [{ layer, policyId, sid: text(e.sid) ?? null }];
      })
    : [];
  return {
    principal,
    action,
    resource,
    reason: reasonOf(error.message, resource),
    decision: text(x.decision),
    failedLayer: text(x.failedLayer),
    deniedBy,
  };
}

function findingsOf(error: IamgateError): Problem['findings'] {
  const list = error.extensions.findings;
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry: unknown) => {
    const f = entry as Record<string, unknown>;
    const message = text(f.message);
    return message === undefined
      ? []
      : [
          {
            code: text(f.code) ?? '',
            severity: text(f.severity) ?? 'ERROR',
            path: text(f.path) ?? '',
            message,
          },
        ];
  });
}

/** Turns anything thrown by an API call (or by the console itself) into a `Problem`. */
export function toProblem(error: unknown): Problem {
  if (error instanceof IamgateError) {
    return {
      code: error.code,
      message: error.message,
      requestId: error.requestId,
      denial: error.code === 'AccessDenied' ? denialOf(error) : undefined,
      findings: findingsOf(error),
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'ConsoleError', message, requestId: undefined, denial: undefined, findings: [] };
}

/** Whether the session is no longer usable, so the console must sign in again. */
export function isSessionEnded(problem: Problem): boolean {
  return (
    problem.code === 'ExpiredToken' ||
    problem.code === 'Unauthenticated' ||
    problem.code === 'InvalidClientTokenId'
  );
}
