import {
  checkServiceDefinition,
  type Finding,
  type PolicyKind,
  ServiceCatalog,
  type ValidationResult,
  validatePolicy,
} from '@iamgate/policy';
import type { CommandLine } from '../args/command-line.js';
import { ExitCode } from '../exit-codes.js';
import { type CliIo, readDocumentArgument } from '../io.js';
import { connect } from '../profiles/connection.js';
import { type OutputOptions, printResult } from '../render-result.js';
import { UsageError } from '../usage-error.js';

/** The kinds `--kind` takes. */
export const POLICY_KINDS: readonly PolicyKind[] = [
  'identity',
  'resource',
  'trust',
  'boundary',
  'session',
  'guardrail',
];

export interface ValidateOptions {
  files: readonly string[];
  kind: string | undefined;
  output: OutputOptions;
  /** Service definition files to check actions, resources and condition keys against. */
  services?: readonly string[];
  /** Validate at the connected gateway (its `validatePolicy`, with the account's registered services). */
  remote?: CommandLine;
}

/** The catalog of `--services` files; a file that is no definition is a usage error naming its problems. */
async function localCatalog(io: CliIo, files: readonly string[]): Promise<ServiceCatalog | undefined> {
  if (files.length === 0) return undefined;
  const catalog = new ServiceCatalog();
  for (const file of files) {
    let value: unknown;
    try {
      value = JSON.parse(await readDocumentArgument(io, file));
    } catch (error) {
      throw new UsageError(`cannot read service definition \`${file}\`: ${(error as Error).message}`);
    }
    const checked = checkServiceDefinition(value);
    if (checked.definition === undefined) {
      const first = checked.findings[0];
      throw new UsageError(
        `\`${file}\` is not a service definition: ${first?.path || '/'}: ${first?.message}`,
      );
    }
    catalog.add(checked.definition);
  }
  return catalog;
}

/** Findings from the connected gateway's `validatePolicy`. */
async function remoteValidation(
  io: CliIo,
  line: CommandLine,
  text: string,
  kind: PolicyKind,
): Promise<ValidationResult> {
  const { client } = await connect(io, line);
  const findings = (await client.api.validatePolicy({ policyDocument: text, policyType: kind })) as Finding[];
  return { valid: !findings.some((f) => f.severity === 'ERROR'), findings };
}

/** One validated file, as printed. */
export interface FileValidation extends ValidationResult {
  file: string;
}

/**
 * `iamgate policy validate [--kind KIND] FILE...`: validates each document as IAM Access Analyzer's ValidatePolicy
 * would and prints every finding. Exits 1 when any file has an ERROR finding.
 */
export async function policyValidate(io: CliIo, options: ValidateOptions): Promise<ExitCode> {
  const kind = (options.kind ?? 'identity') as PolicyKind;
  if (!POLICY_KINDS.includes(kind)) {
    throw new UsageError(
      `unknown policy kind \`${options.kind}\`; expected one of ${POLICY_KINDS.join(', ')}`,
    );
  }
  if (options.files.length === 0) throw new UsageError('policy validate needs at least one FILE');

  const services = await localCatalog(io, options.services ?? []);
  const results: FileValidation[] = [];
  for (const file of options.files) {
    let text: string;
    try {
      text = await readDocumentArgument(io, file);
    } catch (error) {
      throw new UsageError(`cannot read \`${file}\`: ${(error as Error).message}`);
    }
    const result =
      options.remote !== undefined
        ? await remoteValidation(io, options.remote, text, kind)
        : validatePolicy(text, kind, services === undefined ? { policyChecks: true } : { services });
    results.push({ file, ...result });
  }

  const rows = results.flatMap((result) =>
    result.findings.length === 0
      ? [[result.file, 'OK', '', '', '']]
      : result.findings.map((f) => [result.file, f.severity, f.code, f.path || '/', f.message]),
  );
  printResult(io, results, options.output, {
    records: { header: ['FILE', 'SEVERITY', 'CODE', 'PATH', 'MESSAGE'], rows },
  });
  return results.every((result) => result.valid) ? ExitCode.Ok : ExitCode.Findings;
}
