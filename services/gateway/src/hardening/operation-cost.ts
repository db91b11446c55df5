import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { fragmentsOf } from './selection-walk.js';

/**
 * Estimates what an operation costs to run: each field costs 1, and a field that takes a `first` argument (a
 * connection) multiplies the cost of its children by the page size asked for, or by `defaultPageSize` when the
 * argument is absent. This bounds the number of objects a request can load, which a depth limit alone does not.
 * Each fragment is costed once and reused wherever it is spread, so the estimate takes linear time however much the
 * operation expands to; it saturates at `Number.MAX_SAFE_INTEGER`.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
  defaultPageSize: number,
): number {
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION && (operationName == null || d.name?.value === operationName),
  );
  if (operation === undefined) return 0;
  const root = schema.getRootType(operation.operation) ?? undefined;
  const walk = new CostWalk(schema, fragmentsOf(document), variables ?? {}, defaultPageSize);
  return walk.cost(operation.selectionSet, root);
}

/** The cost of a fragment reached again while it is being costed: a cycle, refused by validation. */
const IN_PROGRESS = 0;
/** The largest `Int` a variable can hold; a larger `first` fails variable coercion, so it asks for nothing. */
const MAX_INT = 2 ** 31 - 1;

function saturated(n: number): number {
  return Math.min(n, Number.MAX_SAFE_INTEGER);
}

class CostWalk {
  private readonly memo = new Map<string, number>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
    private readonly defaultPageSize: number,
  ) {}

  cost(set: SelectionSetNode | undefined, parent: GraphQLNamedType | undefined): number {
    if (set === undefined) return 0;
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition
          ? this.schema.getType(selection.typeCondition.name.value)
          : parent;
        total += this.cost(selection.selectionSet, type ?? undefined);
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        total += this.fragmentCost(selection.name.value);
      } else if (!selection.name.value.startsWith('__')) {
        total += this.fieldCost(selection, parent);
      }
    }
    return saturated(total);
  }

  private fragmentCost(name: string): number {
    const known = this.memo.get(name);
    if (known !== undefined) return known;
    const fragment = this.fragments.get(name);
    if (fragment === undefined) return IN_PROGRESS;
    this.memo.set(name, IN_PROGRESS);
    const type = this.schema.getType(fragment.typeCondition.name.value) ?? undefined;
    const cost = this.cost(fragment.selectionSet, type);
    this.memo.set(name, cost);
    return cost;
  }

  private fieldCost(field: FieldNode, parent: GraphQLNamedType | undefined): number {
    const definition =
      parent !== undefined && (isObjectType(parent) || isInterfaceType(parent))
        ? parent.getFields()[field.name.value]
        : undefined;
    const type = definition ? getNamedType(definition.type) : undefined;
    const paged = definition?.args.some((a) => a.name === 'first') ?? false;
    const multiplier = paged ? this.pageSize(field) : 1;
    return saturated(1 + multiplier * this.cost(field.selectionSet, type));
  }

  private pageSize(field: FieldNode): number {
    const arg = field.arguments?.find((a) => a.name.value === 'first');
    let value: unknown;
    if (arg?.value.kind === Kind.INT) value = Number(arg.value.value);
    else if (arg?.value.kind === Kind.VARIABLE) value = this.variables[arg.value.name.value];
    return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_INT
      ? (value as number)
      : this.defaultPageSize;
  }
}
