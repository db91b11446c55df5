import { isSecretKey, REDACTED } from '../audit/secret-keys.js';

/** Fields attached to a log line; values must be JSON-serializable (errors are flattened). */
export type LogFields = Record<string, unknown>;

/** How deep fields are copied; anything deeper is summarised, so a hostile nested value cannot cost a deep walk. */
const MAX_DEPTH = 8;

/**
 * Log fields as they may be written: values under names that hold secrets (`password`, `secretAccessKey`,
 * `authorization`, `sessionToken`..., the audit log's `SECRET_KEY`) replaced at any depth, and errors (which
 * `JSON.stringify` writes as `{}`) flattened to their name, message, code, stack and cause.
 *
 * @example
 * logFields({ headers: { authorization: 'Bearer x' } }); // { headers: { authorization: '[redacted]' } }
 */
export function logFields(fields: LogFields | undefined): LogFields {
  if (fields === undefined) return {};
  return copy(fields, 0) as LogFields;
}

function copy(value: unknown, depth: number): unknown {
  if (value instanceof Error) return describeError(value);
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return value.toISOString();
  if (depth >= MAX_DEPTH) return '[too deep]';
  if (Array.isArray(value)) return value.map((item) => copy(item, depth + 1));
  const out: LogFields = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = isSecretKey(key) && item !== null && item !== undefined ? REDACTED : copy(item, depth + 1);
  }
  return out;
}

function describeError(error: Error): LogFields {
  const code = (error as { code?: unknown }).code;
  return {
    name: error.name,
    message: error.message,
    ...(code === undefined ? {} : { code }),
    stack: error.stack,
    ...(error.cause instanceof Error ? { cause: describeError(error.cause) } : {}),
  };
}
