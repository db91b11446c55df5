import type { GraphQLSchema } from 'graphql';
import type { ContextBuilder } from '../context/create-context.js';
import type { GatewayContext } from '../context/gateway-context.js';
import type { GatewayServices } from '../context/gateway-services.js';
import { IamError } from '../errors/iam-error.js';
import { toClientErrorOutside } from '../errors/to-client-error.js';
import type { AuthorizationResult } from '../evaluator/decide-for.js';
import { readJsonBody } from '../http/read-json-body.js';
import { json, type Route, type RouteAnswer } from '../http/use-routes.js';
import { canonicalBatchTest } from './canonical-batch.js';
import { type DecisionDetail, decisionResponse } from './decision-response.js';
import { rootQueryCall } from './root-query-call.js';

/** The path of the decision endpoint, beside `/graphql`. */
export const DECISION_PATH = '/authorize';

/** The keys a decision request may have. */
const BODY_KEYS = new Set(['requests', 'principalArn', 'detail']);

/** The body of a decision request. */
interface DecisionBody {
  requests: unknown;
  principalArn?: unknown;
  detail: DecisionDetail;
}

function decisionBody(parsed: unknown): DecisionBody {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new IamError('ValidationError', 'the body must be a JSON object with `requests`', {
      field: 'body',
    });
  }
  const body = parsed as Record<string, unknown>;
  for (const key of Object.keys(body)) {
    if (!BODY_KEYS.has(key)) {
      // The key is the caller's own text, echoed back only; cut so that a huge key is not sent back whole.
      const shown = key.length > 64 ? `${key.slice(0, 64)}...` : key;
      throw new IamError('ValidationError', `the body has an unknown key \`${shown}\``, { field: shown });
    }
  }
  const detail = body.detail ?? 'decision';
  if (detail !== 'decision' && detail !== 'full') {
    throw new IamError('ValidationError', '`detail` must be `decision` or `full`', { field: 'detail' });
  }
  return { requests: body.requests, principalArn: body.principalArn, detail };
}

/** An error as the GraphQL-over-HTTP error body the rest of the gateway answers with, and its status. */
function errorAnswer(error: IamError): RouteAnswer {
  const { http, ...extensions } = error.extensions as {
    http?: { status?: number; headers?: Record<string, string> };
  };
  return json(http?.status ?? 500, { errors: [{ message: error.message, extensions }] }, http?.headers ?? {});
}

/**
 * `POST /authorize`: the decision endpoint, `authorizeBatch` as plain JSON for apps, the SDK and the middleware's
 * remote mode, which ask many questions and need none of GraphQL's selection. The body is
 * `{ "requests": [...], "principalArn"?: "...", "detail"?: "decision" | "full" }`, each request shaped as
 * `AuthorizeRequestInput`; the answer is `{ "principalArn", "revision", "results": [{ "allowed", "decision" }] }`.
 *
 * The call runs through `authorizeBatch`'s own resolver (`rootQueryCall`): the same authentication, argument
 * limits, authorization (`iam:SimulatePrincipalPolicy` to ask about another principal), audit of refusals, metrics
 * and errors, with the same codes. Errors come as GraphQL-over-HTTP errors (`{ "errors": [{ "message",
 * "extensions": { "code" } }] }`) with the code's HTTP status, so clients handle both endpoints alike.
 */
export function decisionRoute(
  schema: GraphQLSchema,
  services: GatewayServices,
  buildContext: ContextBuilder,
): Route {
  const batch = rootQueryCall(
    schema,
    'query($requests: [AuthorizeRequestInput!]!, $principalArn: String) ' +
      '{ authorizeBatch(requests: $requests, principalArn: $principalArn) { __typename } }',
    { canonical: canonicalBatchTest(schema), hideSuggestions: !services.config.introspection },
  );
  const maxBytes = services.config.limits.maxBodyBytes;
  return {
    method: 'POST',
    path: DECISION_PATH,
    handle: async (request, serverContext) => {
      let ctx: GatewayContext | undefined;
      try {
        ctx = await buildContext(request, serverContext);
        const body = decisionBody(await readJsonBody(request, maxBytes));
        const variables = {
          requests: body.requests,
          ...(body.principalArn === undefined ? {} : { principalArn: body.principalArn }),
        };
        const results = (await batch.run(variables, ctx)) as AuthorizationResult[];
        const first = results[0];
        const asked = typeof body.principalArn === 'string' ? body.principalArn : undefined;
        const principalArn = first?.principalArn ?? asked ?? ctx.caller?.principal.arn ?? '';
        const revision = first?.revision ?? ctx.caller?.revision ?? 0;
        return {
          status: 200,
          body: decisionResponse(results, principalArn, revision, body.detail),
          headers: { 'content-type': 'application/json; charset=utf-8' },
        };
      } catch (error) {
        const requestId = ctx?.requestId ?? '';
        return errorAnswer(toClientErrorOutside(error, ctx?.log ?? services.logger, requestId));
      }
    },
  };
}
