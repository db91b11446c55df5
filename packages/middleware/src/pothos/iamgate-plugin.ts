import type { FieldAuthorization } from '@iamgate/policy/contracts';
import SchemaBuilder, {
  BasePlugin,
  type FieldNullability,
  type InputFieldMap,
  type PothosOutputFieldConfig,
  type SchemaTypes,
  type TypeParam,
} from '@pothos/core';

const PLUGIN_NAME = 'iamgate' as const;

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      iamgate: PothosIamgatePlugin<Types>;
    }

    // Pothos's own plugins declare the type parameters without defaults; the core declaration has them.
    export interface FieldOptions<
      Types extends SchemaTypes,
      ParentShape,
      Type extends TypeParam<Types>,
      Nullable extends FieldNullability<Type>,
      Args extends InputFieldMap,
      ResolveShape,
      ResolveReturnShape,
    > {
      /**
       * How `useIamgate` authorizes this field: the action to check (instead of `<service>:<Type>.<field>`), or
       * `public: true` to skip the check. The same shape as the gateway's `authz` option
       * (`@iamgate/policy/contracts`' `FieldAuthorization`).
       */
      iamgate?: FieldAuthorization;
    }
  }
}

/**
 * A Pothos plugin that gives fields a typed `iamgate` option and writes it to the field's
 * `extensions.iamgate`, where `useIamgate` reads it. The option is checked by the compiler; a raw `extensions`
 * object is not.
 *
 * @example
 * const builder = new SchemaBuilder({ plugins: [IAMGATE_POTHOS_PLUGIN] });
 * builder.queryField('order', (t) =>
 *   t.string({ args: { id: t.arg.id({ required: true }) }, iamgate: { action: 'orders:GetOrder' }, resolve }),
 * );
 */
export class PothosIamgatePlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    const option = fieldConfig.pothosOptions.iamgate;
    if (option === undefined) return fieldConfig;
    return { ...fieldConfig, extensions: { ...fieldConfig.extensions, iamgate: option } };
  }
}

SchemaBuilder.registerPlugin(PLUGIN_NAME, PothosIamgatePlugin);

/** The plugin's name, for `new SchemaBuilder({ plugins: [IAMGATE_POTHOS_PLUGIN] })`. */
export const IAMGATE_POTHOS_PLUGIN = PLUGIN_NAME;
