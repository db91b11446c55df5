import type { ConfigIssue } from './config-error.js';

/** Environment variables as `process.env` holds them. */
export type Env = Record<string, string | undefined>;

/**
 * Reads typed values out of the environment and collects every problem instead of stopping at the first, so
 * `loadConfig` can report them together.
 */
export class EnvReader {
  readonly issues: ConfigIssue[] = [];

  constructor(private readonly env: Env) {}

  /** The raw value, with empty strings treated as unset (shells make `FOO=` easy to write by accident). */
  raw(name: string): string | undefined {
    const value = this.env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  }

  string(name: string, fallback: string): string {
    return this.raw(name) ?? fallback;
  }

  optionalString(name: string): string | undefined {
    return this.raw(name);
  }

  /** An integer in `[min, max]`; `fallback` when unset. */
  int(name: string, fallback: number, min: number, max: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const parsed = /^-?\d+$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
      this.fail(name, `must be an integer between ${min} and ${max}, got \`${value}\``);
      return fallback;
    }
    return parsed;
  }

  /** `true`/`false` (also `1`/`0`, `yes`/`no`, `on`/`off`). */
  bool(name: string, fallback: boolean): boolean {
    const value = this.raw(name)?.toLowerCase();
    if (value === undefined) return fallback;
    if (['true', '1', 'yes', 'on'].includes(value)) return true;
    if (['false', '0', 'no', 'off'].includes(value)) return false;
    this.fail(name, `must be \`true\` or \`false\`, got \`${value}\``);
    return fallback;
  }

  /** A comma-separated list; blanks are dropped. */
  list(name: string, fallback: string[]): string[] {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    return value
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== '');
  }

  /** One of a closed set of values. */
  oneOf<T extends string>(name: string, fallback: T, allowed: readonly T[]): T {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.fail(name, `must be one of ${allowed.map((a) => `\`${a}\``).join(', ')}, got \`${value}\``);
    return fallback;
  }

  /** Records a problem found by a check outside this class (cross-field rules). */
  fail(name: string, message: string): void {
    this.issues.push({ variable: name, message });
  }
}
