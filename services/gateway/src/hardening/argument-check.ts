import {
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputType,
  getNullableType,
  isInputObjectType,
  isListType,
} from 'graphql';
import { IamError } from '../errors/iam-error.js';
import { type ArgumentLimits, limitsOf, MAX_MATCHED_TEXT_PER_REQUEST } from './argument-limits.js';
import { type ArgumentPath, pathAt, pathText } from './argument-path.js';
import { checkPolicyDocumentSize, MAX_POLICY_SIZE_PER_REQUEST } from './policy-document-size.js';

/** The most items of a list argument that declares no limit of its own (AWS's largest `MaxItems`). */
export const DEFAULT_MAX_ITEMS = 1000;

/** What each HTTP request may still carry, shared by its fields and batched operations. */
export interface Budget {
  /** Policy text, without whitespace. */
  remaining: number;
  /** Text the engine matches patterns against (`ArgumentLimits.matched`). */
  matched: number;
  /** The largest page size (`ArgumentLimits.pageSize`), the gateway's `IAMGATE_MAX_PAGE_SIZE`. */
  maxPageSize: number;
}

/** Checks one value (of an argument or an input field) and what it holds, depth first. */
type Check = (value: unknown, path: ArgumentPath, budget: Budget) => void;

/** Checks a text against its length limit and the request's matched-text budget. */
function checkText(value: string, limits: ArgumentLimits, path: ArgumentPath, budget: Budget): void {
  if (limits.maxLength !== undefined && value.length > limits.maxLength) {
    const field = pathText(path);
    throw new IamError(
      'ValidationError',
      `\`${field}\` has ${value.length} characters, more than the ${limits.maxLength} allowed`,
      { field, limit: limits.maxLength },
    );
  }
  if (limits.matched === true) {
    budget.matched -= value.length;
    if (budget.matched < 0) {
      throw new IamError(
        'ValidationError',
        `the request carries more than ${MAX_MATCHED_TEXT_PER_REQUEST} characters of context values and resources`,
        { field: pathText(path), limit: MAX_MATCHED_TEXT_PER_REQUEST },
      );
    }
  }
  if (limits.document === undefined) return;
  budget.remaining -= checkPolicyDocumentSize(value, limits.document, pathText(path));
  if (budget.remaining < 0) {
    throw new IamError(
      'ValidationError',
      `the request carries more than ${MAX_POLICY_SIZE_PER_REQUEST} characters of policy documents`,
      { field: pathText(path), limit: MAX_POLICY_SIZE_PER_REQUEST },
    );
  }
}

/** A value that is neither a list nor an input object: text and page sizes have limits. */
function scalarCheck(limits: ArgumentLimits): Check {
  return (value, path, budget) => {
    if (typeof value === 'string') checkText(value, limits, path, budget);
    else if (limits.pageSize === true && typeof value === 'number' && value > budget.maxPageSize) {
      // `InvalidInput`, as the store answers a page size out of its own range.
      const field = pathText(path);
      throw new IamError(
        'InvalidInput',
        `\`${field}\` is ${value}, more than the ${budget.maxPageSize} allowed`,
        {
          field,
          limit: budget.maxPageSize,
        },
      );
    }
  };
}

/** Checkers per argument or input field, compiled on first use (so recursive input types compile lazily too). */
const compiled = new WeakMap<GraphQLArgument | GraphQLInputField, Check>();

function checkerOf(definition: GraphQLArgument | GraphQLInputField): Check {
  let check = compiled.get(definition);
  if (check === undefined) {
    check = compile(definition.type, limitsOf(definition.extensions));
    compiled.set(definition, check);
  }
  return check;
}

/**
 * The checker of a value of `type` with `limits`: a list's length against its `maxItems` (each item then against
 * the rest of the limits), an input object's fields against their own limits, text against its length and the
 * request's budgets. The type is looked at once, here, not on every value.
 */
function compile(type: GraphQLInputType, limits: ArgumentLimits): Check {
  const nullable = getNullableType(type);
  const scalar = scalarCheck(limits);
  if (isListType(nullable)) {
    const max = limits.maxItems ?? DEFAULT_MAX_ITEMS;
    const { maxItems: _items, ...itemLimits } = limits;
    let item: Check | undefined;
    return (value, path, budget) => {
      if (!Array.isArray(value)) return scalar(value, path, budget);
      if (value.length > max) {
        const field = pathText(path);
        throw new IamError(
          'ValidationError',
          `\`${field}\` has ${value.length} items, more than the ${max} allowed`,
          { field, limit: max },
        );
      }
      item ??= compile(nullable.ofType, itemLimits);
      for (let i = 0; i < value.length; i++) {
        const entry: unknown = value[i];
        if (entry !== null && entry !== undefined) item(entry, pathAt(path, i), budget);
      }
    };
  }
  if (isInputObjectType(nullable)) {
    return (value, path, budget) => {
      if (typeof value !== 'object' || value === null) return scalar(value, path, budget);
      const fields = nullable.getFields();
      const record = value as Record<string, unknown>;
      for (const name of Object.keys(record)) {
        const field = fields[name];
        const entry = record[name];
        if (field !== undefined && entry !== null && entry !== undefined) {
          checkerOf(field)(entry, pathAt(path, name), budget);
        }
      }
    };
  }
  return scalar;
}

/**
 * Checks a field call's arguments against their limits, charging `budget` (the request's), in time linear in the
 * arguments; a refusal is a `ValidationError` naming the argument's path.
 */
export function checkArgumentValues(
  args: Record<string, unknown>,
  definitions: readonly GraphQLArgument[],
  budget: Budget,
): void {
  for (const definition of definitions) {
    const value = args[definition.name];
    if (value !== null && value !== undefined) checkerOf(definition)(value, definition.name, budget);
  }
}
