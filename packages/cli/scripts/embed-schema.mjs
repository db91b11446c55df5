// Part of `build`: copies the gateway's schema (the private @iamgate/schema package, a devDependency) into dist/,
// so that the published CLI carries the schema its operations are read from and needs no other package for it.
import { copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const source = createRequire(import.meta.url).resolve('@iamgate/schema/schema.graphql');
copyFileSync(source, fileURLToPath(new URL('../dist/schema.graphql', import.meta.url)));
