import {
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type GraphQLType,
  getNamedType,
  isAbstractType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isRequiredArgument,
} from 'graphql';

/** How deep selections go below a root field (each object type entered is one level). */
export const MAX_OBJECT_DEPTH = 5;

/** Where a selection is being built: how deep, under which types, and whether inside a list. */
interface Walk {
  depth: number;
  /** Object types already entered on this path; entering one again would recurse without end. */
  path: ReadonlySet<string>;
  /** Inside a list or a page of a connection, where a paginated field would multiply the request's cost. */
  inList: boolean;
}

/** Whether `type` is a list somewhere before its named type (`[T]`, `[T!]!`). */
function isList(type: GraphQLType): boolean {
  const inner = isNonNullType(type) ? type.ofType : type;
  return isListType(inner);
}

/** A connection field takes `first`: each of its children is paid for once per item of the page. */
function isPaginated(field: GraphQLField<unknown, unknown>): boolean {
  return field.args.some((arg) => arg.name === 'first');
}

/**
 * Whether a nested field is selected. A field with a required argument cannot be selected without a variable of
 * its own, so it is left out; a field with optional arguments (a nested connection) is selected with its defaults,
 * but not inside a list, where the gateway's cost estimate would multiply page size by page size.
 */
function selectable(field: GraphQLField<unknown, unknown>, walk: Walk): boolean {
  if (field.args.some(isRequiredArgument)) return false;
  if (field.args.length > 0 && walk.inList) return false;
  return true;
}

function indent(lines: string[], by: string): string[] {
  return lines.map((line) => `${by}${line}`);
}

/** The selection of an object type's fields, one line per leaf and a block per nested object. */
function objectFields(schema: GraphQLSchema, type: GraphQLObjectType, walk: Walk): string[] {
  const lines: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (!selectable(field, walk)) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) {
      lines.push(field.name);
      continue;
    }
    const inner = selectionOf(schema, named, {
      depth: walk.depth + 1,
      path: walk.path,
      inList: walk.inList || isList(field.type) || isPaginated(field),
    });
    if (inner.length > 0) lines.push(`${field.name} {`, ...indent(inner, '  '), '}');
  }
  return lines;
}

/**
 * The selection set (without braces) of a field of type `type`: every leaf field, nested objects down to
 * `MAX_OBJECT_DEPTH` without entering a type twice on one path, connections with `edges { cursor node }` and
 * `pageInfo` (they are plain object fields), and unions and interfaces as `__typename` plus one inline fragment
 * per possible type. An empty result means nothing can be selected at this depth.
 */
export function selectionOf(
  schema: GraphQLSchema,
  type: GraphQLNamedType,
  walk: Walk = { depth: 0, path: new Set(), inList: false },
): string[] {
  if (isLeafType(type) || walk.depth > MAX_OBJECT_DEPTH || walk.path.has(type.name)) return [];
  if (isObjectType(type)) {
    return objectFields(schema, type, { ...walk, path: new Set([...walk.path, type.name]) });
  }
  if (isAbstractType(type)) {
    const lines = ['__typename'];
    for (const member of schema.getPossibleTypes(type)) {
      const inner = objectFields(schema, member, {
        ...walk,
        path: new Set([...walk.path, type.name, member.name]),
      });
      if (inner.length > 0) lines.push(`... on ${member.name} {`, ...indent(inner, '  '), '}');
    }
    return lines;
  }
  return [];
}
