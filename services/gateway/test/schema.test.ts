import { readFile } from 'node:fs/promises';
import SchemaBuilder from '@pothos/core';
import {
  type GraphQLNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  isUnionType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { IAM_AUTHZ_PLUGIN } from '../src/authz/authz-plugin.js';
import { schema } from '../src/schema/index.js';
import { printedSchema, SCHEMA_FILE } from '../src/schema/printed-schema.js';

/** Every type, field, argument and enum value of our own that lacks a description. */
function undescribed(type: GraphQLNamedType): string[] {
  const missing: string[] = [];
  const need = (what: string, description: string | null | undefined) => {
    if (description == null || description.trim() === '') missing.push(what);
  };
  need(type.name, type.description);
  if (isObjectType(type) || isInterfaceType(type)) {
    for (const field of Object.values(type.getFields())) {
      need(`${type.name}.${field.name}`, field.description);
      for (const arg of field.args) need(`${type.name}.${field.name}(${arg.name})`, arg.description);
    }
  } else if (isInputObjectType(type)) {
    for (const field of Object.values(type.getFields()))
      need(`${type.name}.${field.name}`, field.description);
  } else if (isEnumType(type)) {
    for (const value of type.getValues()) need(`${type.name}.${value.name}`, value.description);
  } else if (isUnionType(type)) {
    // A union's members are object types, checked on their own.
  }
  return missing;
}

describe('the printed schema', () => {
  it('matches schema/schema.graphql (run `pnpm --filter @iamgate/gateway schema:print` after an API change)', async () => {
    const committed = await readFile(SCHEMA_FILE, 'utf8');
    expect(committed).toBe(printedSchema());
  });

  it('describes every type, field, argument and enum value', () => {
    const ours = Object.values(schema.getTypeMap()).filter(
      (type) => !type.name.startsWith('__') && !isSpecifiedScalarType(type),
    );
    expect(ours.length).toBeGreaterThan(40);
    expect(ours.flatMap(undescribed)).toEqual([]);
  });

  it('refuses to build a root field without an authorization rule', () => {
    const b = new SchemaBuilder<{ Context: object }>({ plugins: [IAM_AUTHZ_PLUGIN] });
    b.queryType({ fields: (t) => ({ open: t.string({ resolve: () => 'anyone' }) }) });
    expect(() => b.toSchema()).toThrow('`Query.open` has no `authz` option');
  });
});
