import { createHash } from 'node:crypto';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { mergeManifests } from '../scripts/trusted-documents-manifest.js';

const entry = (text: string): [string, string] => [
  `sha256:${createHash('sha256').update(text).digest('hex')}`,
  text,
];

// The schema after a release that added `User.path` and removed `User.nickname`.
const schema = buildSchema('type User { userName: String! path: String! } type Query { getUser: User }');

describe('the trusted documents manifest across generations', () => {
  const current = Object.fromEntries([entry('query GetUser { getUser { path userName } }')]);

  it("keeps an earlier generation's document the schema can still run, for the SDKs that send it", () => {
    const older = entry('query GetUser { getUser { userName } }');
    expect(mergeManifests(current, Object.fromEntries([older]), schema)).toEqual({
      ...current,
      [older[0]]: older[1],
    });
  });

  it('drops the documents the schema can no longer run, and entries that are not under their id', () => {
    const removedField = entry('query GetUser { getUser { nickname userName } }');
    const unparsable = entry('query GetUser { getUser {');
    const mislabelled: [string, string] = [
      entry('query A { getUser { userName } }')[0],
      '{ getUser { path } }',
    ];
    const previous = Object.fromEntries([removedField, unparsable, mislabelled]);
    expect(mergeManifests(current, previous, schema)).toEqual(current);
  });

  it('is sorted by id, so a generation changes the file only where documents change', () => {
    const older = entry('query GetUser { getUser { userName } }');
    const merged = Object.keys(mergeManifests(current, Object.fromEntries([older]), schema));
    expect(merged).toEqual([...merged].sort());
  });
});
