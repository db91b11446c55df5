import { type PolicyKind, type ValidationResult, validatePolicy } from '@iamgate/policy';
import { ExitCode } from '../exit-codes.js';
import { type CliIo, readDocumentArgument } from '../io.js';
import { formatJson, formatTable, type OutputFormat } from '../output.js';
import { UsageError } from '../usage-error.js';

const POLICY_KINDS: readonly PolicyKind[] = [
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
  output: OutputFormat;
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

  const results: FileValidation[] = [];
  for (const file of options.files) {
    let text: string;
    try {
      text = await readDocumentArgument(io, file);
    } catch (error) {
      throw new UsageError(`cannot read \`${file}\`: ${(error as Error).message}`);
    }
    results.push({ file, ...validatePolicy(text, kind) });
  }

  if (options.output === 'table') {
    const rows = results.flatMap((result) =>
      result.findings.length === 0
        ? [[result.file, 'OK', '', '', '']]
        : result.findings.map((f) => [result.file, f.severity, f.code, f.path || '/', f.message]),
    );
    io.stdout(formatTable(['FILE', 'SEVERITY', 'CODE', 'PATH', 'MESSAGE'], rows));
  } else {
    io.stdout(formatJson(results));
  }
  return results.every((result) => result.valid) ? ExitCode.Ok : ExitCode.Findings;
}
