/**
 * Properties of unique ids in `Principal` / `NotPrincipal` on random requests (fast-check, count-based budgets): an id
 * names exactly whom its ARN names once the request carries the caller's `aws:userid`, and an id whose entity was
 * deleted changes no decision, so a statement never loses its force because a principal in it no longer exists
 * (docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Decision,
  type EvaluationRequest,
  evaluate,
  type PolicyDocument,
  type PrincipalDocument,
} from '../src/index.js';
import { requests } from './arbitraries.js';
import { ALICE, ALICE_ID, BOB, BOB_ID, ROLE, ROLE_ID, SESSION, SESSION_ID } from './helpers.js';

const RUNS = { numRuns: 400 };
const DELETED_ID = 'AIDAZZZZZZZZZZZZZZZZZ';

/** The resource policy of `request` with every `AWS` entry of its principal elements mapped by `map`. */
function mapPrincipals(request: EvaluationRequest, map: (name: string) => string[]): EvaluationRequest {
  const resource = request.policies.resource as PolicyDocument | undefined;
  if (resource === undefined) return request;
  const mapElement = (element: PrincipalDocument | undefined) => {
    if (element === undefined || element === '*' || element.AWS === undefined) return element;
    return { ...element, AWS: [element.AWS].flat().flatMap(map) };
  };
  const Statement = [resource.Statement].flat().map((s) => ({
    ...s,
    ...(s.Principal === undefined ? {} : { Principal: mapElement(s.Principal) }),
    ...(s.NotPrincipal === undefined ? {} : { NotPrincipal: mapElement(s.NotPrincipal) }),
  }));
  return {
    ...request,
    policies: { ...request.policies, resource: { ...resource, Statement } as PolicyDocument },
  };
}

/** What a decision says, apart from the context keys it found missing. */
function outcome(d: Decision) {
  const { missingContextKeys: _, ...rest } = d;
  return rest;
}

const USER_IDS: Record<string, string> = { [ALICE]: ALICE_ID, [BOB]: BOB_ID, [SESSION]: SESSION_ID };
const IDS: Record<string, string> = { [ALICE]: ALICE_ID, [BOB]: BOB_ID, [ROLE]: ROLE_ID };

describe('unique ids in principal elements', () => {
  it('name whom their ARNs name, given the caller aws:userid', () => {
    fc.assert(
      fc.property(requests, (request) => {
        const userId = USER_IDS[request.principal];
        const withId =
          userId === undefined
            ? request
            : { ...request, context: { ...request.context, 'aws:userid': userId } };
        const byIds = mapPrincipals(withId, (name) => [IDS[name] ?? name]);
        expect(outcome(evaluate(byIds))).toEqual(outcome(evaluate(withId)));
      }),
      RUNS,
    );
  });

  it('of deleted entities change no decision, whether or not the request carries aws:userid', () => {
    fc.assert(
      fc.property(requests, fc.boolean(), (request, withUserId) => {
        const userId = USER_IDS[request.principal];
        const base =
          withUserId && userId !== undefined
            ? { ...request, context: { ...request.context, 'aws:userid': userId } }
            : request;
        const withOrphan = mapPrincipals(base, (name) => [name, DELETED_ID]);
        expect(outcome(evaluate(withOrphan))).toEqual(outcome(evaluate(base)));
      }),
      RUNS,
    );
  });
});
