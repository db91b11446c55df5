import SchemaBuilder, {
  BasePlugin,
  type FieldNullability,
  type InputFieldMap,
  type InputShapeFromFields,
  type PothosOutputFieldConfig,
  PothosSchemaError,
  type SchemaTypes,
  type TypeParam,
} from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';
import type { GatewayContext } from '../context/gateway-context.js';
import type { FieldAuthz } from './authz-rule.js';
import { guardField } from './guard-field.js';

const PLUGIN_NAME = 'iamAuthz' as const;

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      iamAuthz: IamAuthzPlugin<Types>;
    }

    export interface FieldOptions<
      Types extends SchemaTypes = SchemaTypes,
      ParentShape = unknown,
      Type extends TypeParam<Types> = TypeParam<Types>,
      Nullable extends FieldNullability<Type> = FieldNullability<Type>,
      Args extends InputFieldMap = InputFieldMap,
      ResolveShape = unknown,
      ResolveReturnShape = unknown,
    > {
      /** How this field is authorized: an IAM action on a target ARN, or public. Required on root fields. */
      authz?: FieldAuthz<Types['Context'], ResolveShape, InputShapeFromFields<Args>>;
    }
  }
}

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/** The field extension that holds a root field's IAM action (`iam:CreateUser`). */
export const IAM_ACTION_EXTENSION = 'iamAction';

/**
 * The authorization step of the gateway as a Pothos plugin. A field's `authz` option names the IAM action and how
 * to build the target ARN; the plugin wraps the resolver so the decision is made (and a denial audited) before the
 * resolver runs, and a mutation runs in one transaction with its audit event. Root fields without an `authz`
 * option fail the schema build, so no operation can be added unguarded by accident.
 */
export class IamAuthzPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    const authz = fieldConfig.pothosOptions.authz;
    if (authz === undefined && ROOT_TYPES.has(fieldConfig.parentType)) {
      throw new PothosSchemaError(
        `\`${fieldConfig.parentType}.${fieldConfig.name}\` has no \`authz\` option`,
      );
    }
    // The action stays readable on the built schema, from which the gateway's own service definitions are made.
    const action = authz !== undefined && 'action' in authz ? authz.action : undefined;
    if (typeof action !== 'string') return fieldConfig;
    return { ...fieldConfig, extensions: { ...fieldConfig.extensions, [IAM_ACTION_EXTENSION]: action } };
  }

  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    // INVARIANT: this plugin is only registered on the gateway's builder, whose context is `GatewayContext`.
    const authz = fieldConfig.pothosOptions.authz as FieldAuthz<GatewayContext, unknown, object> | undefined;
    if (authz === undefined) return resolver;
    const mutation = fieldConfig.parentType === 'Mutation';
    const inner = resolver as GraphQLFieldResolver<unknown, GatewayContext, object>;
    return (parent, args, context, info) =>
      guardField({
        authz,
        mutation,
        resolver: inner,
        parent,
        args,
        context: context as GatewayContext,
        info,
      });
  }

  /** Subscriptions are authorized when they start, the same way, before the event stream is opened. */
  override wrapSubscribe(
    subscribe: GraphQLFieldResolver<unknown, Types['Context'], object> | undefined,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> | undefined {
    // INVARIANT: as in `wrapResolve`, the context is `GatewayContext`.
    const authz = fieldConfig.pothosOptions.authz as FieldAuthz<GatewayContext, unknown, object> | undefined;
    if (authz === undefined || subscribe === undefined) return subscribe;
    const inner = subscribe as GraphQLFieldResolver<unknown, GatewayContext, object>;
    return (parent, args, context, info) =>
      guardField({
        authz,
        mutation: false,
        resolver: inner,
        parent,
        args,
        context: context as GatewayContext,
        info,
      });
  }
}

SchemaBuilder.registerPlugin(PLUGIN_NAME, IamAuthzPlugin);

/** The plugin's name, for `new SchemaBuilder({ plugins: [...] })`. */
export const IAM_AUTHZ_PLUGIN = PLUGIN_NAME;
