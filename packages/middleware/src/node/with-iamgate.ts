import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Gate, IamgateState } from '../core/create-gate.js';
import { incomingMessageFacts } from './incoming-message-facts.js';
import { sendDenial } from './send-denial.js';

/** A Node request after the gate: `iamgate` is set for checked routes and absent for public ones. */
export type IamgateIncomingMessage = IncomingMessage & { iamgate?: IamgateState };

/** A Node `http` request handler. */
export type NodeHandler<Req extends IncomingMessage = IncomingMessage> = (
  req: Req,
  res: ServerResponse,
) => void | Promise<void>;

/**
 * Wraps a Node `http` handler: the handler runs only for allowed (or public) requests, with `req.iamgate` holding
 * the principal and the decision; refused requests are answered with 401/403/500/503 and a JSON body.
 *
 * @example
 * http.createServer(withIamgate(gate, (req, res) => {
 *   res.end(`hello ${req.iamgate?.principal.arn}`);
 * })).listen(3000);
 */
export function withIamgate(gate: Gate, handler: NodeHandler<IamgateIncomingMessage>): NodeHandler {
  return async (req, res) => {
    const result = await gate.authorizeRequest(incomingMessageFacts(req));
    if (result.status === 'allowed') (req as IamgateIncomingMessage).iamgate = result;
    else if (result.status !== 'public') return sendDenial(res, result);
    await handler(req, res);
  };
}
