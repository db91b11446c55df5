/**
 * graphql-codegen's configuration for the committed paths, for running `graphql-codegen --config codegen.ts` by
 * hand (e.g. with `--watch`). `pnpm generate` runs `scripts/generate.ts`, which writes the operations first.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';
import { codegenConfig } from './scripts/codegen-config.js';

const config: CodegenConfig = codegenConfig({
  schema: '../../schema/schema.graphql',
  documents: './src/generated/operations.graphql',
  outDir: './src/generated',
});

export default config;
