import type { GatewayServices } from '../context/gateway-services.js';
import { type GatewayMetrics, NO_METRICS } from './gateway-metrics.js';

const attached = new WeakMap<GatewayServices, GatewayMetrics>();

/**
 * Gives a gateway's services their metrics. Kept beside `GatewayServices` rather than in it so that request code
 * reaches metrics through what it already holds (`ctx.services`) without every service knowing about them.
 */
export function attachMetrics(services: GatewayServices, metrics: GatewayMetrics): void {
  attached.set(services, metrics);
}

/**
 * The metrics of the gateway that `services` belong to; `NO_METRICS` when metrics are off.
 *
 * @example
 * metricsOf(ctx.services).decision('api', 'iam:GetUser', decision.decision);
 */
export function metricsOf(services: GatewayServices): GatewayMetrics {
  return attached.get(services) ?? NO_METRICS;
}
