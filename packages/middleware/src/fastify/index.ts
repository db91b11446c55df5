export { type FastifyIamgateOptions, fastifyIamgate } from './fastify-iamgate.js';
