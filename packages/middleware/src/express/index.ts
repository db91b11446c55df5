export { type ConnectMiddleware, type ConnectRequest, expressIamgate } from './express-iamgate.js';
