export { type HonoIamgateOptions, honoIamgate, type IamgateEnv } from './hono-iamgate.js';
