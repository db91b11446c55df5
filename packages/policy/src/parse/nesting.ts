/**
 * How deeply a policy may nest objects and arrays, checked before anything recurses into the document: hostile input
 * (thousands of nested brackets, a cyclic object, shared nodes with exponentially many paths) must neither overflow
 * the stack nor keep the engine busy. A legal policy needs 7 levels (the document, the `Statement` list, a statement,
 * `Condition`, an operator, a key, its list of values).
 */

import { exceedsJsonDepth } from '../json-depth.js';

/** The deepest nesting of objects and arrays a policy may have; the document itself is level 1. */
export const MAX_NESTING_DEPTH = 32;

/**
 * Whether JSON text nests objects and arrays deeper than `MAX_NESTING_DEPTH`. Runs before `JSON.parse`, so hostile
 * text is refused without being parsed (see `exceedsJsonDepth`).
 */
export function textNestsTooDeep(text: string): boolean {
  return exceedsJsonDepth(text, MAX_NESTING_DEPTH);
}

/**
 * Whether a value nests objects and arrays deeper than `MAX_NESTING_DEPTH`, by an iterative walk. A node reached
 * again is walked again only when reached deeper than before, so each is walked at most `MAX_NESTING_DEPTH` times
 * (shared nodes cannot multiply the work of this walk), and a cycle is reported as too deep.
 */
export function valueNestsTooDeep(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const deepest = new Map<object, number>();
  const stack: { node: object; depth: number }[] = [{ node: value, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > MAX_NESTING_DEPTH) return true;
    // INVARIANT: everything below a node reached at depth d was pushed at d + 1 or deeper.
    if ((deepest.get(node) ?? 0) >= depth) continue;
    deepest.set(node, depth);
    const children: unknown[] = Array.isArray(node)
      ? node
      : Object.keys(node).map((key) => (node as Record<string, unknown>)[key]);
    for (const child of children) {
      if (typeof child === 'object' && child !== null) stack.push({ node: child, depth: depth + 1 });
    }
  }
  return false;
}
