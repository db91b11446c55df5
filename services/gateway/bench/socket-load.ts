/**
 * The parent side of `socket-client.mjs`: one long-lived child process that drives a server with raw keep-alive
 * HTTP/1.1, and what the server's process spent meanwhile. The client reports when its warm-up has drained, the
 * parent samples its own counters (CPU time of this process, which holds the servers and PGlite, and statements
 * sent), lets the measured phase start, and samples again when the client is done: no request is in flight at
 * either sample, so the deltas are exactly the measured requests' cost (plus the idle process's own, tiny).
 */
import { type ChildProcess, fork } from 'node:child_process';

/** One measured run. */
export interface SocketRun {
  port: number;
  /** Header name to value, besides Host, Connection and Content-Length. */
  headers: Record<string, string>;
  /** Request bodies; connection i sends `bodies[i % bodies.length]`. */
  bodies: string[];
  concurrency: number;
  /** The request path; `/graphql` by default. */
  path?: string;
  warmupMs: number;
  durationMs: number;
}

/** What a run measured, on both sides. */
export interface SocketResult {
  requests: number;
  errors: number;
  perSecond: number;
  /** Latency percentiles, milliseconds. */
  p50: number;
  p99: number;
  /** CPU time of the client process per request, microseconds. */
  clientCpuUs: number;
  /** CPU time of this (the server) process per request, microseconds. */
  serverCpuUs: number;
  /** Statements per request, by `statements()`'s deltas. */
  statements: number;
  /** The first failed response, for the error message. */
  firstError: string | undefined;
}

interface ClientResult {
  requests: number;
  errors: number;
  elapsedMs: number;
  p50: number;
  p99: number;
  clientCpuMs: number;
  firstError: string | undefined;
}

type ClientMessage =
  | { type: 'warm' }
  | { type: 'done'; result: ClientResult }
  | { type: 'failed'; message: string };

/** A load client in its own process. */
export class SocketLoad {
  private constructor(private readonly child: ChildProcess) {}

  /** Starts the client process (plain `node`, without the loader this process runs under). */
  static start(): SocketLoad {
    const child = fork(new URL('./socket-client.mjs', import.meta.url), { execArgv: [], stdio: 'inherit' });
    return new SocketLoad(child);
  }

  /** Runs `run`; `statements` is read at the start and end of the measured phase (0 when omitted). */
  run(run: SocketRun, statements: () => number = () => 0): Promise<SocketResult> {
    return new Promise((resolve, reject) => {
      let cpu: NodeJS.CpuUsage | undefined;
      let firstStatements = 0;
      const onExit = (code: number | null) => reject(new Error(`the load client exited (${code})`));
      const onMessage = (message: ClientMessage) => {
        if (message.type === 'warm') {
          firstStatements = statements();
          cpu = process.cpuUsage();
          this.child.send({ type: 'go' });
          return;
        }
        const used = process.cpuUsage(cpu);
        const stated = statements() - firstStatements;
        this.child.off('message', onMessage);
        this.child.off('exit', onExit);
        if (message.type === 'failed') {
          reject(new Error(`load client: ${message.message}`));
          return;
        }
        const r = message.result;
        const per = Math.max(r.requests, 1);
        resolve({
          requests: r.requests,
          errors: r.errors,
          perSecond: r.requests / (r.elapsedMs / 1000),
          p50: r.p50,
          p99: r.p99,
          clientCpuUs: (r.clientCpuMs * 1000) / per,
          serverCpuUs: (used.user + used.system) / per,
          statements: stated / per,
          firstError: r.firstError,
        });
      };
      this.child.on('message', onMessage);
      this.child.once('exit', onExit);
      this.child.send({ type: 'run', host: '127.0.0.1', path: '/graphql', ...run });
    });
  }

  /** Ends the client process. */
  close(): void {
    this.child.kill();
  }
}
