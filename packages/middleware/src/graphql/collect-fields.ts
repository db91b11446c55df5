import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  GraphQLIncludeDirective,
  type GraphQLNamedType,
  type GraphQLSchema,
  GraphQLSkipDirective,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getVariableValues,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** A field selected by an operation, with its arguments resolved against the variables. */
export interface SelectedField {
  /** Response keys (aliases) from the root, e.g. `['order', 'items', 'name']`. */
  path: string[];
  /** The type the field is selected on (an object or interface type; a fragment's type condition when it has one). */
  parentType: string;
  fieldName: string;
  field: GraphQLField<unknown, unknown>;
  args: Record<string, unknown>;
  /** The enclosing field, if any. */
  parent?: SelectedField;
}

/** The fields of an operation, or why they cannot be known (execution will report the same problem itself). */
export type CollectedFields =
  | { kind: 'fields'; operation: OperationDefinitionNode; fields: SelectedField[] }
  | { kind: 'not-executable' }
  | { kind: 'too-many'; limit: number };

class TooMany extends Error {}

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  fields: SelectedField[];
  limit: number;
}

function included(
  node: FieldNode | SelectionSetNode['selections'][number],
  variables: Record<string, unknown>,
) {
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
}

function walk(
  w: Walk,
  set: SelectionSetNode,
  type: GraphQLNamedType,
  parent: SelectedField | undefined,
  seen: Set<string>,
) {
  for (const selection of set.selections) {
    if (!included(selection, w.variables)) continue;
    if (selection.kind === Kind.FIELD) {
      const fieldName = selection.name.value;
      // Meta-fields (__typename, __schema, __type) are not the app's data; introspection is governed elsewhere.
      if (fieldName.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
      const field = type.getFields()[fieldName];
      if (field === undefined) continue;
      const path = [...(parent?.path ?? []), selection.alias?.value ?? fieldName];
      const args = getArgumentValues(field, selection, w.variables);
      const selected: SelectedField = { path, parentType: type.name, fieldName, field, args };
      if (parent !== undefined) selected.parent = parent;
      if (w.fields.push(selected) > w.limit) throw new TooMany();
      if (selection.selectionSet) walk(w, selection.selectionSet, getNamedType(field.type), selected, seen);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition ? w.schema.getType(selection.typeCondition.name.value) : type;
      if (condition) walk(w, selection.selectionSet, condition, parent, seen);
    } else {
      const name = selection.name.value;
      const fragment = w.fragments.get(name);
      // `seen` guards against fragment cycles in documents that skipped validation.
      if (fragment === undefined || seen.has(name)) continue;
      const condition = w.schema.getType(fragment.typeCondition.name.value);
      if (condition) walk(w, fragment.selectionSet, condition, parent, new Set(seen).add(name));
    }
  }
}

/**
 * Every field an operation selects, in document order (parents before children), with coerced arguments and
 * `@skip`/`@include` applied. Fields are collected per selection, not per result item: `orders { total }` is one
 * `Order.total` field however many orders come back.
 */
export function collectFields(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  rawVariables: Readonly<Record<string, unknown>> | null | undefined,
  limit: number,
): CollectedFields {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  let operations = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    else if (definition.kind === Kind.OPERATION_DEFINITION) {
      operations++;
      if (operationName == null ? operations === 1 : definition.name?.value === operationName)
        operation = definition;
    }
  }
  if (operation === undefined || (operationName == null && operations > 1)) return { kind: 'not-executable' };
  const root = schema.getRootType(operation.operation);
  if (root === undefined || root === null) return { kind: 'not-executable' };
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (coerced.errors !== undefined) return { kind: 'not-executable' };
  const w: Walk = { schema, fragments, variables: coerced.coerced, fields: [], limit };
  try {
    walk(w, operation.selectionSet, root, undefined, new Set());
  } catch (error) {
    if (error instanceof TooMany) return { kind: 'too-many', limit };
    throw error;
  }
  return { kind: 'fields', operation, fields: w.fields };
}
