import type { Finding, PolicyKind } from '@iamgate/policy';
import { ServiceCatalog, type ServiceDefinitionDocument, validatePolicy } from '@iamgate/policy';
import type { GraphQLResolveInfo } from 'graphql';
import { responsePathAsArray } from 'graphql';
import type { GatewayContext } from '../context/gateway-context.js';

/**
 * The services a caller's policies are checked against: the gateway's own (from its schema) and the account's
 * registered definitions (their default versions). One statement.
 */
export async function accountCatalog(
  ctx: GatewayContext,
  builtins: readonly ServiceDefinitionDocument[],
): Promise<ServiceCatalog> {
  const own = await ctx.store.serviceDefinitions.defaults(ctx.caller?.principal.accountId ?? '');
  return new ServiceCatalog([...builtins, ...own]);
}

/** The findings a policy write answers with, under `extensions.policyFindings`: the field's path and its findings. */
export interface PolicyFindingsEntry {
  path: (string | number)[];
  findings: Finding[];
}

const collected = new WeakMap<object, PolicyFindingsEntry[]>();

/** The policy findings collected for a request (by its facts), to put in the response's extensions. */
export function collectedPolicyFindings(facts: object): PolicyFindingsEntry[] | undefined {
  return collected.get(facts);
}

/**
 * Checks a document a mutation just stored against the account's services and keeps the warnings and suggestions
 * for the response (`extensions.policyFindings`): errors have already refused the write; these say what the policy
 * will not do as its author meant (a misspelled action, a resource no action acts on, an unknown condition key).
 */
export async function notePolicyFindings(
  ctx: GatewayContext,
  info: GraphQLResolveInfo,
  document: string,
  kind: PolicyKind,
): Promise<void> {
  const services = await accountCatalog(ctx, ctx.services.builtinServices);
  const findings = validatePolicy(document, kind, { services }).findings.filter(
    (f) => f.severity !== 'ERROR',
  );
  if (findings.length === 0) return;
  const entries = collected.get(ctx.facts) ?? [];
  entries.push({ path: responsePathAsArray(info.path), findings });
  collected.set(ctx.facts, entries);
}

/** Runs a policy write, then notes the document's warnings for the response (see `notePolicyFindings`). */
export async function withPolicyFindings<T>(
  ctx: GatewayContext,
  info: GraphQLResolveInfo,
  document: string,
  kind: PolicyKind,
  write: () => Promise<T>,
): Promise<T> {
  const result = await write();
  await notePolicyFindings(ctx, info, document, kind);
  return result;
}
