import { awsTime, type ContextValue, isPrincipalKey, principalContext } from '@iamgate/policy';
import type { VerifiedPrincipal } from '../token/verified-principal.js';

/** What the transport says about a request: who sent it, how, and when. */
export interface TransportFacts {
  /** The client's address, when known (see `TrustProxy`). */
  sourceIp?: string;
  secureTransport: boolean;
  now: Date;
}

/**
 * The global condition keys of a request, as AWS sets them for a call with temporary credentials
 * (IAM/latest/UserGuide/reference_policies_condition-keys.html), plus the app's own keys.
 *
 * The app's keys cannot replace a key derived from the token or the transport, nor set any key about the principal
 * or its session even when the token lacks it: the verified token is the only authority on who the caller is. (Keys
 * compare case-insensitively, as in the engine.)
 */
export function buildRequestContext(
  principal: VerifiedPrincipal,
  transport: TransportFacts,
  appContext?: Readonly<Record<string, ContextValue>>,
): Record<string, ContextValue> {
  const epoch = Math.floor(transport.now.getTime() / 1000);
  const derived: Record<string, ContextValue> = {
    'aws:CurrentTime': awsTime(epoch),
    'aws:EpochTime': epoch,
    'aws:SecureTransport': transport.secureTransport,
  };
  if (transport.sourceIp !== undefined) derived['aws:SourceIp'] = transport.sourceIp;
  // The principal's keys as the gateway sets them (`principalContext` of `@iamgate/policy`, which the gateway uses).
  principalContext(principal, epoch, derived);
  if (appContext === undefined) return derived;

  const taken = new Set(Object.keys(derived).map((k) => k.toLowerCase()));
  const context: Record<string, ContextValue> = {};
  for (const [key, value] of Object.entries(appContext)) {
    const lower = key.toLowerCase();
    if (taken.has(lower) || isPrincipalKey(key)) continue;
    context[key] = value;
  }
  return Object.assign(context, derived);
}
