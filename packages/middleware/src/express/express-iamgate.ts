import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Gate, IamgateState } from '../core/create-gate.js';
import { incomingMessageFacts } from '../node/incoming-message-facts.js';
import { sendDenial } from '../node/send-denial.js';

declare global {
  // Express merges its `Request` from this global namespace; augmenting it types `req.iamgate` in apps.
  namespace Express {
    interface Request {
      /** Set by `expressIamgate` for allowed requests; absent on public routes. */
      iamgate?: IamgateState;
    }
  }
}

/** The request shape the middleware needs: Connect's and Express's requests both fit. */
export type ConnectRequest = IncomingMessage & { originalUrl?: string; iamgate?: IamgateState };

/** A Connect/Express middleware function. */
export type ConnectMiddleware = (
  req: ConnectRequest,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => void;

/**
 * Express (4 and 5) and Connect middleware. Mount it before the routes it protects; it matches the route table
 * against the full request target (`req.originalUrl`), so mounting it under a path does not change what it checks.
 *
 * @example
 * const app = express();
 * app.use(expressIamgate(gate));
 * app.get('/orders/:id', (req, res) => res.json({ id: req.params.id, by: req.iamgate?.principal.arn }));
 */
export function expressIamgate(gate: Gate): ConnectMiddleware {
  return (req, res, next) => {
    gate
      .authorizeRequest(incomingMessageFacts(req, req.originalUrl ?? req.url))
      .then((result) => {
        if (result.status === 'allowed') req.iamgate = result;
        else if (result.status !== 'public') return sendDenial(res, result);
        next();
      })
      // Express catches what its handlers throw, so only a failure to write the refusal lands here.
      .catch(next);
  };
}
