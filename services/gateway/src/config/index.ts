export * from './config-error.js';
export * from './gateway-config.js';
export * from './load-config.js';
