import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { iamgateVitestConfig } from '@iamgate/vitest-config';

const require = createRequire(import.meta.url);

export default iamgateVitestConfig({
  resolve: {
    // graphql 16 ships CJS (`main`) and ESM (`module`) builds. Node loads the CJS one for Pothos and yoga, which
    // vitest leaves to Node, while Vite would give our sources the ESM one: two `graphql` instances, and
    // "Cannot use GraphQLObjectType from another module or realm". Point ours at the file Node uses.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    // The gateway's files are the longest suite (CI's critical path). vitest's default of one worker per core but
    // one leaves a 2-core machine with one file at a time, and a core idle once the other packages are done; files
    // that wait on sockets and timers then hold up the rest. Two at least: every file has a database of its own.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
