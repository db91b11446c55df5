// Part of `build`: copies the trusted documents' manifest (the private @iamgate/schema package, a devDependency) into
// dist/, so that the published gateway carries the documents it accepts by id and needs no other package for them.
import { copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const source = createRequire(import.meta.url).resolve('@iamgate/schema/trusted-documents.json');
copyFileSync(source, fileURLToPath(new URL('../dist/trusted-documents.json', import.meta.url)));
