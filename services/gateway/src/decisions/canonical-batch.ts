import { type GraphQLSchema, isEnumType, isInputObjectType } from 'graphql';

/** The fields of `AuthorizeRequestInput` and `ContextEntryInput`, as the schema declares them. */
const REQUEST_FIELDS = new Set(['action', 'resource', 'context', 'resourcePolicy', 'resourceAccount']);
const ENTRY_FIELDS = new Set(['key', 'values', 'type']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isOptionalString(value: unknown): boolean {
  return value === undefined || value === null || typeof value === 'string';
}

function hasOnly(value: Record<string, unknown>, fields: ReadonlySet<string>): boolean {
  for (const key in value) if (!fields.has(key)) return false;
  return true;
}

/**
 * The `canonical` test of `rootQueryCall` for `authorizeBatch`'s variables: true only when GraphQL's coercion would
 * return them unchanged: `requests` a list of objects with only `AuthorizeRequestInput`'s fields, each a string
 * (or absent or null where optional), `context` a list of `ContextEntryInput` objects with a string `key`, a list
 * of strings as `values` and a `ContextKeyType` value (or nothing) as `type`, and `principalArn` a string or
 * nothing. The schema's fields are checked against the sets above when the test is built, so a field added to the
 * schema fails the gateway's start rather than slipping past. JSON from `JSON.parse` has no `undefined`, no
 * prototypes and no cycles.
 */
export function canonicalBatchTest(schema: GraphQLSchema): (variables: Record<string, unknown>) => boolean {
  const keyType = schema.getType('ContextKeyType');
  const request = schema.getType('AuthorizeRequestInput');
  const entry = schema.getType('ContextEntryInput');
  if (!isEnumType(keyType) || !isInputObjectType(request) || !isInputObjectType(entry)) {
    throw new Error('the schema lacks the types of `authorizeBatch`');
  }
  const same = (declared: object, known: ReadonlySet<string>) =>
    Object.keys(declared).sort().join() === [...known].sort().join();
  if (!same(request.getFields(), REQUEST_FIELDS) || !same(entry.getFields(), ENTRY_FIELDS)) {
    throw new Error('`AuthorizeRequestInput` or `ContextEntryInput` changed: update canonical-batch.ts');
  }
  const keyTypes = new Set(keyType.getValues().map((v) => v.name));
  const isEntry = (value: unknown): boolean => {
    if (!isPlainObject(value) || !hasOnly(value, ENTRY_FIELDS)) return false;
    if (typeof value.key !== 'string' || !Array.isArray(value.values)) return false;
    if (!value.values.every((v) => typeof v === 'string')) return false;
    return value.type === undefined || value.type === null || keyTypes.has(value.type as string);
  };
  const isRequest = (value: unknown): boolean => {
    if (!isPlainObject(value) || !hasOnly(value, REQUEST_FIELDS)) return false;
    if (typeof value.action !== 'string' || typeof value.resource !== 'string') return false;
    if (!isOptionalString(value.resourcePolicy) || !isOptionalString(value.resourceAccount)) return false;
    const { context } = value;
    return context === undefined || context === null || (Array.isArray(context) && context.every(isEntry));
  };
  return (variables) =>
    Array.isArray(variables.requests) &&
    variables.requests.every(isRequest) &&
    isOptionalString(variables.principalArn);
}
