export * from './error-codes.js';
export * from './iam-error.js';
