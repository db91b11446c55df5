import { describe, expectTypeOf, it } from 'vitest';
import {
  type AccessDeniedError,
  CreateUserDocument,
  type CreateUserMutationVariables,
  createClient,
  GetUserDocument,
  type IamgateClient,
  type IamgateErrorCode,
  isIamgateError,
  ListUsersDocument,
  type NoSuchEntityError,
} from '../src/index.js';

// These tests are checked by `tsc` (`pnpm typecheck` covers test/): each `@ts-expect-error` fails the typecheck
// when the line under it compiles, so a wrong field or argument must stay a compile error. Nothing is sent: the
// calls sit in functions that are never invoked.
const client: IamgateClient = createClient({ url: 'https://iam.example.com' });

describe('typed operations', () => {
  it('types each method by its operation: arguments in, root field out', () => {
    expectTypeOf(client.api.getUser)
      .parameter(0)
      .toEqualTypeOf<{ userName?: string | null | undefined } | undefined>();
    expectTypeOf(client.api.createUser).returns.resolves.toHaveProperty('arn').toEqualTypeOf<string>();
    expectTypeOf(client.api.listUsers).returns.resolves.toHaveProperty('pageInfo');
    expectTypeOf(client.api.attachUserPolicy).returns.resolves.toEqualTypeOf<boolean>();
    // Typed through a function that is never called: calling `request` here would send it.
    const getAlice = () => client.request(GetUserDocument, { userName: 'alice' });
    expectTypeOf(getAlice).returns.resolves.toHaveProperty('getUser');
    expectTypeOf<CreateUserMutationVariables>()
      .toHaveProperty('input')
      .toHaveProperty('userName')
      .toBeString();
  });

  it('makes a wrong operation, argument or field a compile error', () => {
    const unused = async () => {
      // An operation whose only argument is `input` takes the input itself.
      const user = await client.api.createUser({ userName: 'alice', tags: [{ key: 'team', value: 'a' }] });
      user.userName.toUpperCase();
      // @ts-expect-error: `User` has no field `password`
      user.password;
      // @ts-expect-error: `userName` is required
      await client.api.createUser({ path: '/' });
      // @ts-expect-error: `createUser` has no argument `name`
      await client.api.createUser({ userName: 'alice', name: 'Alice' });
      // @ts-expect-error: `userName` is a string
      await client.api.getUser({ userName: 42 });
      // @ts-expect-error: `getGroup` needs its variables
      await client.api.getGroup();
      // @ts-expect-error: there is no such operation
      await client.api.deleteEverything();
      // @ts-expect-error: `status` is `Active` or `Inactive`
      await client.api.updateAccessKey({ accessKeyId: 'AKIA', status: 'Disabled' });
      // @ts-expect-error: `request` checks variables against the document
      await client.request(CreateUserDocument, { input: { user: 'alice' } });
      // @ts-expect-error: `request` needs the variables a document requires
      await client.request(CreateUserDocument);
      const page = await client.request(ListUsersDocument, { first: 10 });
      // @ts-expect-error: edges hold nodes, not users directly
      page.listUsers.edges[0]?.userName;
    };
    expectTypeOf(unused).toBeFunction();
  });

  it('types subscriptions and remote decisions', () => {
    expectTypeOf(client.subscriptions.policyRevision).returns.toEqualTypeOf<
      AsyncGenerator<{ accountId: string; revision: number }>
    >();
    expectTypeOf(client.authorize).returns.resolves.toHaveProperty('allowed').toEqualTypeOf<boolean>();
    const unused = async () => {
      // @ts-expect-error: there is no such subscription
      client.subscriptions.userCreated();
      // @ts-expect-error: a context value is a string, number, boolean or a list of them
      await client.authorize({ action: 'orders:GetOrder', resource: '*', context: { at: new Date() } });
      // @ts-expect-error: `assumeRole` needs `roleSessionName`
      await client.api.assumeRole({ roleArn: 'arn:iamgate:iam::123456789012:role/r' });
    };
    expectTypeOf(unused).toBeFunction();
  });

  it('narrows errors by code', () => {
    const error: unknown = undefined;
    if (isIamgateError(error, 'NoSuchEntity')) expectTypeOf(error).toEqualTypeOf<NoSuchEntityError>();
    if (isIamgateError(error, 'AccessDenied')) expectTypeOf(error.code).toEqualTypeOf<'AccessDenied'>();
    if (isIamgateError(error)) expectTypeOf(error.code).toEqualTypeOf<IamgateErrorCode>();
    expectTypeOf<AccessDeniedError['httpStatus']>().toEqualTypeOf<number | undefined>();
    // @ts-expect-error: not a code
    isIamgateError(error, 'NoSuchUser');
  });
});
