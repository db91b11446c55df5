export * from './session-claims.js';
export * from './signing-key-ring.js';
export * from './token-service.js';
