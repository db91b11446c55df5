export { incomingMessageFacts } from './incoming-message-facts.js';
export { sendDenial } from './send-denial.js';
export { type IamgateIncomingMessage, type NodeHandler, withIamgate } from './with-iamgate.js';
