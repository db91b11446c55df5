/**
 * Text Postgres cannot store as given: NUL (U+0000), which `text` and `jsonb` refuse, and lone UTF-16 surrogates
 * (U+D800-U+DFFF without their pair), which are not Unicode characters: `jsonb` refuses their `\u` escapes and
 * UTF-8 encoding silently turns them into U+FFFD.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is exactly what this finds.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Any NUL or surrogate at all: a plain character class, much cheaper than `UNSTORABLE`, which only then runs. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is exactly what this finds.
const SUSPECT = /[\u0000\uD800-\uDFFF]/;

/** Whether `text` can be stored as it is (it has no NUL and no lone surrogate). */
export function isStorableText(text: string): boolean {
  if (!SUSPECT.test(text)) return true;
  UNSTORABLE.lastIndex = 0;
  return !UNSTORABLE.test(text);
}

/**
 * `text` with each NUL and lone surrogate written as its JSON escape (`\u0000`, `\ud800`), six plain characters, so
 * that it can be stored and still shows what was sent. Text without them is returned as it is.
 *
 * @example
 * escapeUnstorableText('a\u0000b'); // 'a\\u0000b'
 */
export function escapeUnstorableText(text: string): string {
  if (isStorableText(text)) return text;
  return text.replace(UNSTORABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * A copy of a JSON-like value (plain objects, arrays, strings, numbers...) with every string and object key made
 * storable by `escapeUnstorableText`; other objects (dates) are kept. The value itself when nothing needed it.
 */
export function storableValue<T>(value: T): T {
  if (typeof value === 'string') return escapeUnstorableText(value) as T;
  if (Array.isArray(value)) {
    const items = value.map((item) => storableValue(item));
    return (items.some((item, i) => item !== value[i]) ? items : value) as T;
  }
  if (value !== null && typeof value === 'object' && isPlainObject(value)) {
    let changed = false;
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const storableKey = escapeUnstorableText(key);
      const storableItem = storableValue(item);
      changed ||= storableKey !== key || storableItem !== item;
      copy[storableKey] = storableItem;
    }
    return (changed ? copy : value) as T;
  }
  return value;
}
