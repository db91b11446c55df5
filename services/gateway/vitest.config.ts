import { createRequire } from 'node:module';
import { iamgateVitestConfig } from '@iamgate/vitest-config';

const require = createRequire(import.meta.url);

export default iamgateVitestConfig({
  resolve: {
    // graphql 16 ships CJS (`main`) and ESM (`module`) builds. Node loads the CJS one for Pothos and yoga, which
    // vitest leaves to Node, while Vite would give our sources the ESM one: two `graphql` instances, and
    // "Cannot use GraphQLObjectType from another module or realm". Point ours at the file Node uses.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
});
