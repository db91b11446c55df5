/**
 * `accessOfPrincipal`: hand-checked answers, and its exactness with respect to `evaluate` on random principals,
 * policies and requests (fast-check): every request `evaluate` allows is covered by a grant of its action (the grant
 * itself, as a policy, allows the request), and every unconditional grant of an action nothing limits is allowed
 * on the resources it names.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ActionAccess,
  accessOfPrincipal,
  type ContextValue,
  compileWildcard,
  evaluate,
  type PolicyDocument,
  type StatementScope,
} from '../src/index.js';
import {
  A,
  ACTIONS,
  ALICE,
  CATALOG,
  policies,
  principalContext,
  principals,
  ROOT,
  requestContexts,
  resources,
  tagContext,
} from './analysis-arbitraries.js';

const RUNS = { numRuns: 400 };
const ORDER = `arn:iamgate:orders::${A}:order`;

/** A grant as a policy of its own: the engine says whether it covers a request. */
function scopePolicy(scope: StatementScope): PolicyDocument {
  const condition: Record<string, Record<string, string[]>> = {};
  for (const c of scope.conditions) condition[c.operator] = { ...condition[c.operator], [c.key]: c.values };
  return {
    Version: '2012-10-17',
    Statement: {
      Effect: 'Allow',
      Action: '*',
      [scope.notResource ? 'NotResource' : 'Resource']: scope.resources,
      ...(scope.conditions.length > 0 ? { Condition: condition } : {}),
    },
  };
}

/** The entries of an answer that can be about `action`. */
function entriesFor(
  services: ReturnType<typeof accessOfPrincipal>['services'],
  action: string,
): ActionAccess[] {
  const lower = action.toLowerCase();
  return services.flatMap((s) =>
    s.actions.filter((a) =>
      a.pattern
        ? compileWildcard(a.action, { caseInsensitive: true }).test(lower)
        : a.action.toLowerCase() === lower,
    ),
  );
}

/** A concrete ARN the pattern matches, in account A; undefined when it reads variables. */
function instance(pattern: string): string | undefined {
  if (pattern.replaceAll(/\$\{[*?$]\}/g, '').includes('${')) return undefined;
  const parts = pattern.split(':');
  if (parts.length >= 5 && parts[4] === '*') parts[4] = A;
  return parts
    .join(':')
    .replaceAll('${*}', '\u0001')
    .replaceAll('${?}', '\u0002')
    .replaceAll('${$}', '$')
    .replaceAll('*', 'x')
    .replaceAll('?', 'y')
    .replaceAll('\u0001', '*')
    .replaceAll('\u0002', '?');
}

describe('accessOfPrincipal', () => {
  it('lists an action with its resources and the conditions that bound it', () => {
    const answer = accessOfPrincipal({
      principal: ALICE,
      services: CATALOG,
      policies: {
        identity: [
          {
            id: 'OrdersReader',
            document: {
              Version: '2012-10-17',
              Statement: [
                {
                  Sid: 'ReadRed',
                  Effect: 'Allow',
                  Action: 'orders:Get*',
                  Resource: `${ORDER}/*`,
                  Condition: { StringEquals: { 'aws:ResourceTag/team': 'red' } },
                },
              ],
            },
          },
        ],
      },
    });
    expect(answer.services).toEqual([
      {
        service: 'orders',
        inCatalog: true,
        actions: [
          {
            action: 'orders:GetOrder',
            pattern: false,
            resourceTypes: ['order'],
            grants: [
              {
                statement: {
                  layer: 'identity',
                  policyId: 'OrdersReader',
                  sid: 'ReadRed',
                  index: 0,
                  effect: 'Allow',
                },
                resources: [`${ORDER}/*`],
                notResource: false,
                conditions: [{ operator: 'StringEquals', key: 'aws:ResourceTag/team', values: ['red'] }],
              },
            ],
            denies: [],
            limits: [],
          },
        ],
      },
    ]);
  });

  it("decides the principal's own keys and substitutes its variables", () => {
    const answer = accessOfPrincipal({
      principal: ALICE,
      context: { 'aws:PrincipalTag/team': 'blue' },
      services: CATALOG,
      policies: {
        identity: [
          {
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Action: 'orders:CancelOrder',
                Resource: '*',
                Condition: { StringEquals: { 'aws:PrincipalTag/team': 'red' } },
              },
              { Effect: 'Allow', Action: 'orders:GetOrder', Resource: `${ORDER}/\${aws:username}/*` },
            ],
          },
        ],
      },
    });
    const actions = answer.services.flatMap((s) => s.actions);
    expect(actions.map((a) => a.action)).toEqual(['orders:GetOrder']);
    expect(actions[0]!.grants[0]!.resources).toEqual([`${ORDER}/alice/*`]);
  });

  it('leaves out what a Deny takes everywhere, and names the limits of the other layers', () => {
    const answer = accessOfPrincipal({
      principal: ALICE,
      services: CATALOG,
      policies: {
        identity: [
          {
            Version: '2012-10-17',
            Statement: [
              { Effect: 'Allow', Action: 'orders:*', Resource: '*' },
              { Effect: 'Deny', Action: 'orders:CancelOrder', Resource: '*' },
              {
                Effect: 'Deny',
                Action: 'orders:ListOrders',
                Resource: '*',
                Condition: { Bool: { 'aws:SecureTransport': 'false' } },
              },
            ],
          },
        ],
        permissionsBoundary: {
          id: 'Boundary',
          document: {
            Version: '2012-10-17',
            Statement: { Effect: 'Allow', Action: 'orders:*', Resource: `${ORDER}/*` },
          },
        },
      },
    });
    const actions = Object.fromEntries(answer.services.flatMap((s) => s.actions).map((a) => [a.action, a]));
    expect(Object.keys(actions).sort()).toEqual(['orders:GetOrder', 'orders:ListOrders']);
    expect(actions['orders:ListOrders']!.denies.map((d) => d.conditions)).toEqual([
      [{ operator: 'Bool', key: 'aws:SecureTransport', values: ['false'] }],
    ]);
    expect(actions['orders:GetOrder']!.limits).toEqual([
      {
        layer: 'permissionsBoundary',
        allows: [
          {
            statement: { layer: 'permissionsBoundary', policyId: 'Boundary', index: 0, effect: 'Allow' },
            resources: [`${ORDER}/*`],
            notResource: false,
            conditions: [],
          },
        ],
      },
    ]);
  });

  it('lists the action patterns of services outside the catalog, and everything for root', () => {
    const outside = accessOfPrincipal({
      principal: ALICE,
      services: CATALOG,
      policies: {
        identity: [
          {
            Version: '2012-10-17',
            Statement: { Effect: 'Allow', Action: ['s3:Get*', 'orders:GetOrder'], Resource: '*' },
          },
        ],
      },
    });
    expect(outside.services.map((s) => [s.service, s.actions.map((a) => a.action)])).toEqual([
      ['orders', ['orders:GetOrder']],
      ['s3', ['s3:Get*']],
    ]);
    const root = accessOfPrincipal({ principal: ROOT, services: CATALOG, policies: {}, service: 'orders' });
    expect(root.services.map((s) => [s.service, s.actions.length])).toEqual([
      ['*', 1],
      ['orders', 3],
    ]);
    expect(root.services[1]!.actions[0]!.grants[0]!.statement.policyId).toBe('root');
  });

  it('covers every request evaluate allows', () => {
    fc.assert(
      fc.property(
        principals,
        policies,
        fc.array(fc.tuple(resources, requestContexts), { minLength: 4, maxLength: 8 }),
        (principal, layers, requests) => {
          const own = principalContext(principal);
          const answer = accessOfPrincipal({
            principal: principal.arn,
            policies: layers,
            context: own,
            services: CATALOG,
          });
          for (const action of ACTIONS) {
            for (const [resource, request] of requests) {
              const context: Record<string, ContextValue> = {
                ...own,
                ...request,
                ...tagContext(resource.tags),
              };
              const asked = { principal: principal.arn, action, resource: resource.arn, context };
              if (evaluate({ ...asked, policies: layers }).decision !== 'Allow') continue;
              const grants = entriesFor(answer.services, action).flatMap((e) => e.grants);
              const covered = grants.some(
                (g) => evaluate({ ...asked, policies: { identity: [scopePolicy(g)] } }).decision === 'Allow',
              );
              expect(covered, `${action} on ${resource.arn}`).toBe(true);
            }
          }
        },
      ),
      RUNS,
    );
  });

  it('allows the resources of every unconditional grant of an action nothing limits', () => {
    fc.assert(
      fc.property(principals, policies, (principal, layers) => {
        if (principal.arn === ROOT) return;
        const own = principalContext(principal);
        const answer = accessOfPrincipal({
          principal: principal.arn,
          policies: layers,
          context: own,
          services: CATALOG,
        });
        for (const entry of answer.services.flatMap((s) => s.actions)) {
          if (entry.pattern || entry.denies.length > 0 || entry.limits.length > 0) continue;
          for (const grant of entry.grants) {
            if (grant.conditions.length > 0 || grant.notResource) continue;
            for (const pattern of grant.resources) {
              const arn = instance(pattern);
              if (arn === undefined) continue;
              const account = arn.split(':')[4];
              if (arn.split(':').length >= 6 && account !== '' && account !== A) continue;
              const decision = evaluate({
                principal: principal.arn,
                action: entry.action,
                resource: arn,
                context: own,
                policies: layers,
              });
              expect(decision.decision, `${entry.action} on ${arn}`).toBe('Allow');
            }
          }
        }
      }),
      RUNS,
    );
  });
});
