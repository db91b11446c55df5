import { isNetworkFault } from '@iamgate/store';

/**
 * Whether an error that reached the process unhandled is a network fault of a connection (to the database, or a
 * client that went away), which the pool recovers from, rather than a bug. Database drivers occasionally let such
 * errors escape as unhandled rejections when a connection drops abruptly; crashing the gateway for them would turn a
 * blip of the network into an outage.
 */
export function isTransientFault(error: unknown): boolean {
  return isNetworkFault(error);
}
