export * from './signing-key-ring.js';
export * from './token-service.js';
