import {
  type Decision,
  type EvaluationRequest,
  evaluate,
  evaluateTrust,
  explain,
  type TrustRequest,
} from '@iamgate/policy';
import { ExitCode } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { type OutputOptions, printResult } from '../render-result.js';
import { UsageError } from '../usage-error.js';

export interface SimulateOptions {
  output: OutputOptions;
  failOnDeny: boolean;
}

type SimulationRequest = EvaluationRequest | TrustRequest;

/**
 * `iamgate policy simulate`: reads one request (a JSON object) or many (JSON lines) from standard input and prints
 * each decision with its reasons. A request with `trustPolicy` is a trust decision (`sts:AssumeRole` by default).
 */
export async function policySimulate(io: CliIo, options: SimulateOptions): Promise<ExitCode> {
  const { requests, jsonLines } = parseRequests(await io.readStdin());
  const decisions = requests.map((request) => decide(request));

  const rows = requests.map((request, i) => {
    const decision = decisions[i]!;
    return [decision.decision, request.action ?? 'sts:AssumeRole', resourceOf(request), reasonOf(decision)];
  });
  // JSON lines in, JSON lines out: one decision per line (each through `--query`), in the order of the requests.
  printResult(io, jsonLines ? decisions : decisions[0], options.output, {
    jsonLines,
    records: { header: ['DECISION', 'ACTION', 'RESOURCE', 'REASON'], rows },
  });

  const allAllowed = decisions.every((decision) => decision.decision === 'Allow');
  return options.failOnDeny && !allAllowed ? ExitCode.Denied : ExitCode.Ok;
}

function decide(request: SimulationRequest): Decision {
  return 'trustPolicy' in request ? evaluateTrust(request) : evaluate(request);
}

function resourceOf(request: SimulationRequest): string {
  return 'trustPolicy' in request ? request.roleArn : request.resource;
}

/** The first line of the engine's explanation: the one-sentence why. */
function reasonOf(decision: Decision): string {
  return explain(decision).split('\n')[0] ?? '';
}

/** A whole-input JSON object is one request; otherwise every non-empty line must be one. */
function parseRequests(input: string): { requests: SimulationRequest[]; jsonLines: boolean } {
  const whole = tryParse(input);
  if (whole.ok && isObject(whole.value))
    return { requests: [checkRequest(whole.value, 1)], jsonLines: false };

  const lines = input.split('\n').filter((line) => line.trim() !== '');
  if (lines.length === 0) throw new UsageError('policy simulate reads a request as JSON on standard input');
  const requests = lines.map((line, i) => {
    const parsed = tryParse(line);
    if (!parsed.ok) throw new UsageError(`line ${i + 1} is not JSON: ${parsed.error}`);
    return checkRequest(parsed.value, i + 1);
  });
  return { requests, jsonLines: true };
}

function checkRequest(value: unknown, line: number): SimulationRequest {
  if (!isObject(value)) throw new UsageError(`request ${line} must be a JSON object`);
  const required = 'trustPolicy' in value ? ['principal', 'roleArn'] : ['principal', 'action', 'resource'];
  for (const field of required) {
    if (typeof value[field] !== 'string') throw new UsageError(`request ${line} needs a string \`${field}\``);
  }
  if (!('trustPolicy' in value) && !isObject(value.policies)) {
    throw new UsageError(`request ${line} needs a \`policies\` object`);
  }
  return value as unknown as SimulationRequest;
}

function tryParse(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
