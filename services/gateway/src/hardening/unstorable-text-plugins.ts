import { storableValue } from '@iamgate/store';
import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';
import { IamError } from '../errors/iam-error.js';
import { unstorableArgumentPath } from './unstorable-argument.js';

const ESCAPE = 'unstorableTextEscape' as const;
const REFUSAL = 'unstorableTextRefusal' as const;

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      unstorableTextEscape: UnstorableTextEscapePlugin<Types>;
      unstorableTextRefusal: UnstorableTextRefusalPlugin<Types>;
    }
  }
}

/** Escaped arguments, and where the first text that could not be stored was. */
const escapedArguments = new WeakMap<object, string>();

type Resolver<Types extends SchemaTypes> = GraphQLFieldResolver<unknown, Types['Context'], object>;

function hasArguments<Types extends SchemaTypes>(fieldConfig: PothosOutputFieldConfig<Types>): boolean {
  return Object.keys(fieldConfig.args).length > 0;
}

/**
 * First of two steps that keep NUL (U+0000) and lone surrogates, which Postgres cannot store, away from the
 * database: before a field is authorized, its arguments are replaced by a copy where such text is written as `\u`
 * escapes (`storableValue`), so that looking up the target (`user a\u0000b` exists nowhere) and auditing a denial
 * work as for any other argument. A caller not allowed to act on the target is answered `AccessDenied`, audited;
 * the second step refuses the call of a caller who is allowed.
 */
export class UnstorableTextEscapePlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: Resolver<Types>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): Resolver<Types> {
    if (!hasArguments(fieldConfig)) return resolver;
    return (parent, args, context, info) => {
      const path = unstorableArgumentPath(args);
      if (path === undefined) return resolver(parent, args, context, info);
      const escaped = storableValue(args);
      escapedArguments.set(escaped, path);
      return resolver(parent, escaped, context, info);
    };
  }
}

/**
 * Second step (see `UnstorableTextEscapePlugin`): once the field is authorized, arguments that had text Postgres
 * cannot store are refused with `ValidationError` (400) before the resolver runs; a mutation's refusal is audited
 * with that code like any failed mutation.
 */
export class UnstorableTextRefusalPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: Resolver<Types>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): Resolver<Types> {
    if (!hasArguments(fieldConfig)) return resolver;
    return (parent, args, context, info) => {
      const path = escapedArguments.get(args);
      if (path !== undefined) {
        throw new IamError(
          'ValidationError',
          `\`${path}\` holds a NUL character or a lone surrogate, which no name or text may contain`,
          { field: path },
        );
      }
      return resolver(parent, args, context, info);
    };
  }
}

SchemaBuilder.registerPlugin(ESCAPE, UnstorableTextEscapePlugin);
SchemaBuilder.registerPlugin(REFUSAL, UnstorableTextRefusalPlugin);

/** The plugins' names, for `new SchemaBuilder({ plugins: [...] })`: the escape before authorization, the refusal after. */
export const UNSTORABLE_TEXT_PLUGINS = { escape: ESCAPE, refusal: REFUSAL } as const;
