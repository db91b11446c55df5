import type { CodegenConfig } from '@graphql-codegen/cli';

/** The files graphql-codegen reads and the folder it writes to. */
export interface CodegenPaths {
  /** The SDL, `schema/schema.graphql`. */
  schema: string;
  /**
   * The operations written by `generate-operations.ts`, as text: codegen ignores document files inside its own
   * output folder, where `operations.graphql` is committed.
   */
  documents: string;
  /** The output folder (`src/generated/`, or a temporary one when checking for staleness). */
  outDir: string;
}

/**
 * graphql-codegen's client preset over the generated operations: a `TypedDocumentNode` per operation
 * (`CreateUserDocument`) with its result and variables types (`CreateUserMutation`,
 * `CreateUserMutationVariables`) and its trusted document id, ESM imports with `.js` suffixes, `import type` for types, string unions instead of
 * TypeScript enums, and only the schema types the operations use.
 */
export function codegenConfig(paths: CodegenPaths): CodegenConfig {
  return {
    schema: paths.schema,
    documents: [paths.documents],
    silent: true,
    errorsOnly: true,
    generates: {
      [`${paths.outDir.replace(/\/+$/, '')}/`]: {
        preset: 'client',
        presetConfig: {
          fragmentMasking: false,
          // Each document carries its trusted document id (`__meta__.hash`, `sha256:<hex>` of its normalized text, as
          // GraphQL over HTTP's persisted documents define it), which the client sends instead of the text; the
          // preset also writes the manifest of id -> text that the gateway accepts (`persisted-documents.json`).
          persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' },
        },
        config: {
          useTypeImports: true,
          enumsAsTypes: true,
          onlyOperationTypes: true,
          emitLegacyCommonJSImports: false,
          strictScalars: true,
          // Names as the schema and the operations spell them (`ListMFADevicesDocument`, `VirtualMFADevice`): the
          // operation map names documents after their fields, and AWS's acronyms stay recognizable.
          namingConvention: 'keep',
          // DateTime travels as an ISO 8601 string; the client leaves it one so results stay JSON.
          scalars: { DateTime: 'string' },
        },
      },
    },
  };
}
