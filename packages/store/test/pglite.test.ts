import { createTestStore } from '@iamgate/store/testing';
import { runStoreSuite } from './suite/index.js';

runStoreSuite('store on PGlite (in memory)', () => createTestStore({ driver: 'pglite' }));
