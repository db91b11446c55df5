import type { ContextValue } from '@iamgate/policy';
import { type ContextEntryInput, toContextEntries } from '@iamgate/sdk';

/**
 * The middleware's request context as the gateway's `ContextEntryInput`s: request facts (`aws:SourceIp`,
 * `aws:SecureTransport`, `aws:CurrentTime`) and the app's own keys, typed by the SDK; keys about the principal are
 * left out because the gateway sets them from its own records (and refuses them from apps).
 *
 * @example
 * contextEntries({ 'aws:SourceIp': '10.0.0.1', 'aws:PrincipalTag/team': 'a' });
 * // [{ key: 'aws:SourceIp', type: 'ip', values: ['10.0.0.1'] }]
 */
export function contextEntries(context: Readonly<Record<string, ContextValue>>): ContextEntryInput[] {
  return toContextEntries(context, { dropPrincipalKeys: true });
}
