import type { Request as ExpressRequest } from 'express';
import type { FastifyRequest } from 'fastify';
import { Hono } from 'hono';
import { describe, expectTypeOf, it } from 'vitest';
import type { GraphQLIamgateState, IamgatePlugin } from '../src/graphql/index.js';
import type { IamgateEnv } from '../src/hono/index.js';
import type { AuthorizeRequestResult, Denial, IamgateState } from '../src/index.js';

// Checked by `tsc` (pnpm typecheck): these pin what apps see in their handlers.
describe('public types', () => {
  it('types req.iamgate in Express and Fastify, and c.get("iamgate") in Hono', () => {
    expectTypeOf<ExpressRequest['iamgate']>().toEqualTypeOf<IamgateState | undefined>();
    expectTypeOf<FastifyRequest['iamgate']>().toEqualTypeOf<IamgateState | undefined>();
    new Hono<IamgateEnv>().get('/', (c) => {
      expectTypeOf(c.get('iamgate')).toEqualTypeOf<IamgateState | undefined>();
      return c.text('');
    });
  });

  it('gives GraphQL resolvers a typed context.iamgate', () => {
    expectTypeOf<Parameters<Parameters<IamgatePlugin['onExecute']>[0]['extendContext']>[0]>().toEqualTypeOf<{
      iamgate: GraphQLIamgateState;
    }>();
  });

  it('narrows authorizeRequest results on status', () => {
    const narrow = (result: AuthorizeRequestResult) => {
      if (result.status === 'allowed') expectTypeOf(result.principal.arn).toBeString();
      else if (result.status !== 'public') expectTypeOf(result).toEqualTypeOf<Denial>();
    };
    expectTypeOf(narrow).toBeFunction();
  });
});
