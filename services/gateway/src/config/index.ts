export * from './config-error.js';
export * from './federation-config.js';
export * from './gateway-config.js';
export * from './load-config.js';
