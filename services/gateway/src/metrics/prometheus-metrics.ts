import type { Decision } from '@iamgate/policy';
import { Counter, Registry } from 'prom-client';
import type { DecisionSource, GatewayMetrics, LockoutScope, SignInOutcome } from './gateway-metrics.js';
import { processMetrics } from './process-metrics.js';
import { ServiceLabels } from './service-label.js';

const SIGN_IN_OUTCOMES: readonly SignInOutcome[] = ['success', 'invalid', 'throttled', 'error'];
const LOCKOUT_SCOPES: readonly LockoutScope[] = ['principal', 'source'];

/**
 * iamgate's own Prometheus metrics in a registry of their own (one per gateway, so that gateways sharing a process
 * in tests do not share counters), exposed with Node's default process metrics (`processMetrics`).
 *
 * INVARIANT: no label takes a principal, resource, account, request or operation name; every label has a closed
 * set of values (`service` is bounded by `ServiceLabels`), so the number of time series cannot grow with traffic.
 */
export class PrometheusMetrics implements GatewayMetrics {
  readonly registry = new Registry();
  private readonly services = new ServiceLabels();
  private readonly decisions = new Counter({
    name: 'iamgate_decisions_total',
    help: 'Policy decisions, by who asked (api: the gateway guarding its own API; authorize: an app), action service prefix and result',
    labelNames: ['source', 'service', 'decision'] as const,
    registers: [this.registry],
  });
  private readonly signIns = new Counter({
    name: 'iamgate_sign_ins_total',
    help: 'signIn calls by outcome: success, invalid (refused credentials), throttled (locked out), error',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  private readonly lockouts = new Counter({
    name: 'iamgate_lockouts_total',
    help: 'Lockouts started by failed sign-ins, by what was locked: a principal name or a source address',
    labelNames: ['scope'] as const,
    registers: [this.registry],
  });

  constructor() {
    // Started now, so that the first scrape already has event-loop delays to report.
    processMetrics();
    for (const outcome of SIGN_IN_OUTCOMES) this.signIns.labels(outcome).inc(0);
    for (const scope of LOCKOUT_SCOPES) this.lockouts.labels(scope).inc(0);
  }

  decision(source: DecisionSource, action: string, decision: Decision['decision']): void {
    this.decisions.labels(source, this.services.of(action), decision).inc();
  }

  signIn(outcome: SignInOutcome): void {
    this.signIns.labels(outcome).inc();
  }

  lockout(scope: LockoutScope): void {
    this.lockouts.labels(scope).inc();
  }

  /** The exposition text (Prometheus text format 0.0.4): the process's metrics, then this gateway's. */
  async exposition(): Promise<{ text: string; contentType: string }> {
    const text = `${await processMetrics().metrics()}\n${await this.registry.metrics()}`;
    return { text, contentType: this.registry.contentType };
  }
}
