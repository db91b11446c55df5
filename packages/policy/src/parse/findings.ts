/**
 * Collecting validation findings, each with a JSON pointer (RFC 6901) to the spot in the document.
 */
import type { FindingCode } from '../errors.js';
import type { Finding, FindingSeverity } from '../types.js';

/** A finding whose code is one of ours. */
export interface PolicyFinding extends Finding {
  code: FindingCode;
}

/** A JSON pointer path under construction: object keys and array indexes. */
export type PathSegment = string | number;

/** Formats a path as a JSON pointer (`~` and `/` escaped as `~0` and `~1`). */
export function pointer(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) out += `/${String(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`;
  return out;
}

/** Accumulates findings in document order. */
export class Findings {
  readonly list: PolicyFinding[] = [];

  add(severity: FindingSeverity, code: FindingCode, path: readonly PathSegment[], message: string): void {
    this.list.push({ severity, code, path: pointer(path), message });
  }

  error(code: FindingCode, path: readonly PathSegment[], message: string): void {
    this.add('ERROR', code, path, message);
  }

  warning(code: FindingCode, path: readonly PathSegment[], message: string): void {
    this.add('WARNING', code, path, message);
  }

  get hasErrors(): boolean {
    return this.list.some((f) => f.severity === 'ERROR');
  }
}

/** Shortens user input for messages so a huge value cannot flood them. */
export function show(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** The JSON type of a value, for messages. */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
