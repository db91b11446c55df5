import { pointer } from './pointer.js';

/** A JSON pointer path under construction. */
type Segment = string | number;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Calls `visit` with every string of the `AWS` key of every statement's `Principal` and `NotPrincipal` (a string or
 * a list) in a parsed policy document, with its JSON pointer, and puts back what `visit` returns. Walks the
 * document as `@iamgate/policy` reads it (`Statement` an object or a list; element names case-sensitive), so what
 * is rewritten is exactly what the engine matches as principals; `Service`, `Federated` and conditions are never
 * touched.
 *
 * @example
 * const doc = JSON.parse(text);
 * mapAwsPrincipals(doc, (value) => ids.get(value) ?? value);
 */
export function mapAwsPrincipals(doc: unknown, visit: (value: string, path: string) => string): void {
  if (!isObject(doc)) return;
  const raw = doc.Statement;
  const list: unknown[] = Array.isArray(raw) ? raw : [raw];
  list.forEach((statement, i) => {
    if (!isObject(statement)) return;
    const base: Segment[] = Array.isArray(raw) ? ['Statement', i] : ['Statement'];
    for (const element of ['Principal', 'NotPrincipal']) {
      const principal = statement[element];
      if (!isObject(principal) || !Object.hasOwn(principal, 'AWS')) continue;
      const at = [...base, element, 'AWS'];
      const aws = principal.AWS;
      if (typeof aws === 'string') principal.AWS = visit(aws, pointer(at));
      else if (Array.isArray(aws)) {
        principal.AWS = aws.map((item: unknown, j) =>
          typeof item === 'string' ? visit(item, pointer([...at, j])) : item,
        );
      }
    }
  });
}

/** Every `AWS` principal value of a parsed document with its JSON pointer, in document order. */
export function awsPrincipals(doc: unknown): { value: string; path: string }[] {
  const out: { value: string; path: string }[] = [];
  mapAwsPrincipals(doc, (value, path) => {
    out.push({ value, path });
    return value;
  });
  return out;
}
