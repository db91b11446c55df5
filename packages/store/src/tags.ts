import { invalidInput, limitExceeded } from './errors.js';
import type { Tag } from './schema/columns.js';

/**
 * Tag rules of IAM (`IAM/latest/UserGuide/id_tags.html#id_tags_rules`, `IAM/latest/APIReference/API_Tag.html`):
 * keys 1..128 and values 0..256 characters of `[\p{L}\p{Z}\p{N}_.:/=+\-@]`, no `aws:` prefix, and keys that
 * differ only in case are the same key (case is preserved from the latest write).
 */

const KEY_PATTERN = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,128}$/u;
const VALUE_PATTERN = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{0,256}$/u;

/** Checks one tag. */
export function checkTag(tag: Tag): Tag {
  if (typeof tag?.key !== 'string' || !KEY_PATTERN.test(tag.key)) {
    throw invalidInput(
      `tag key \`${String(tag?.key)}\` must be 1 to 128 letters, digits, spaces or _.:/=+-@`,
      {
        field: 'tags',
      },
    );
  }
  if (tag.key.toLowerCase().startsWith('aws:')) {
    throw invalidInput(`tag key \`${tag.key}\` uses the reserved prefix \`aws:\``, { field: 'tags' });
  }
  if (typeof tag.value !== 'string' || !VALUE_PATTERN.test(tag.value)) {
    throw invalidInput(`tag value for \`${tag.key}\` must be 0 to 256 letters, digits, spaces or _.:/=+-@`, {
      field: 'tags',
    });
  }
  return { key: tag.key, value: tag.value };
}

/** Merges `added` into `existing` (same key ignoring case replaces), enforcing the per-entity tag quota. */
export function mergeTags(existing: Tag[], added: Tag[], limit: number): Tag[] {
  const out = [...existing];
  for (const raw of added) {
    const tag = checkTag(raw);
    const i = out.findIndex((t) => t.key.toLowerCase() === tag.key.toLowerCase());
    if (i >= 0) out[i] = tag;
    else out.push(tag);
  }
  if (out.length > limit) throw limitExceeded('tagsPerEntity', limit, 'too many tags on the entity');
  return out;
}

/** Removes the tags with the given keys (ignoring case); unknown keys are ignored, as AWS does. */
export function removeTags(existing: Tag[], keys: string[]): Tag[] {
  const drop = new Set(keys.map((k) => k.toLowerCase()));
  return existing.filter((t) => !drop.has(t.key.toLowerCase()));
}
