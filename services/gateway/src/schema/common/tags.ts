import { builder } from '../builder.js';

/** A tag as the store keeps it. */
export interface TagShape {
  key: string;
  value: string;
}

/** A key-value tag (`IAM/latest/APIReference/API_Tag.html`). */
export const TagRef = builder.objectRef<TagShape>('Tag').implement({
  description:
    'A key-value pair attached to a user, role or policy; usable in policies as `aws:ResourceTag/<key>`.',
  fields: (t) => ({
    key: t.exposeString('key', {
      description: 'The tag key: 1-128 characters, unique per entity ignoring case.',
    }),
    value: t.exposeString('value', { description: 'The tag value: 0-256 characters.' }),
  }),
});

/** A tag to set. */
export const TagInput = builder.inputType('TagInput', {
  description: 'A tag to set on an entity (`IAM/latest/APIReference/API_Tag.html`).',
  fields: (t) => ({
    key: t.string({ required: true, description: 'The tag key: 1-128 characters.' }),
    value: t.string({ required: true, description: 'The tag value: 0-256 characters.' }),
  }),
});
