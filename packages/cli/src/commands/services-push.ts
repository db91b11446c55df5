import { type IamgateClient, IamgateError } from '@iamgate/sdk';
import type { CommandLine } from '../args/command-line.js';
import { ExitCode } from '../exit-codes.js';
import { type CliIo, readUserFile } from '../io.js';
import { connect } from '../profiles/connection.js';
import { type OutputOptions, printResult } from '../render-result.js';
import { UsageError } from '../usage-error.js';

/** The versions a service keeps, as managed policies (`versionsPerPolicy`). */
const MAX_VERSIONS = 5;

/** What `services push` did with one file. */
interface Pushed {
  file: string;
  serviceName: string;
  versionId: string;
  created: boolean;
}

function nameOf(file: string, text: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new UsageError(`\`${file}\` is not JSON`);
  }
  const name = (parsed as { Name?: unknown } | null)?.Name;
  if (typeof name !== 'string' || name === '') throw new UsageError(`\`${file}\` has no service \`Name\``);
  return name;
}

/**
 * Registers the service, or stores the file as its new default version; with five versions stored already, the
 * oldest one that is not the default makes room first, so a push from an app's repository always lands.
 */
async function push(client: IamgateClient, file: string, text: string): Promise<Pushed> {
  const serviceName = nameOf(file, text);
  try {
    const made = await client.api.createServiceDefinition({ document: text });
    return { file, serviceName, versionId: made.versionId, created: true };
  } catch (error) {
    if (!(error instanceof IamgateError) || error.code !== 'EntityAlreadyExists') throw error;
  }
  const versions = await client.api.listServiceDefinitionVersions({ serviceName });
  if (versions.length >= MAX_VERSIONS) {
    const oldest = versions.filter((v) => !v.isDefaultVersion).at(-1);
    if (oldest !== undefined) {
      await client.api.deleteServiceDefinitionVersion({ serviceName, versionId: oldest.versionId });
    }
  }
  const version = await client.api.createServiceDefinitionVersion({
    serviceName,
    document: text,
    setAsDefault: true,
  });
  return { file, serviceName, versionId: version.versionId, created: false };
}

/**
 * `iamgate services push FILE...`: registers each service definition file (the app's actions, resource types and
 * condition keys, as AWS's service reference describes a service) with the connected account, or makes it the new
 * default version of a service registered before. Policy checks use it from then on.
 */
export async function servicesPush(io: CliIo, line: CommandLine, output: OutputOptions): Promise<ExitCode> {
  const files = line.words.slice(2);
  if (files.length === 0) throw new UsageError('services push needs at least one FILE');
  const texts: [string, string][] = [];
  for (const file of files) {
    try {
      texts.push([
        file,
        await readUserFile(io, file.startsWith('file://') ? file.slice('file://'.length) : file),
      ]);
    } catch (error) {
      throw new UsageError(`cannot read \`${file}\`: ${(error as Error).message}`);
    }
  }
  for (const [file, text] of texts) nameOf(file, text);
  const { client } = await connect(io, line);
  const results: Pushed[] = [];
  for (const [file, text] of texts) results.push(await push(client, file, text));
  printResult(io, results, output, {
    records: {
      header: ['FILE', 'SERVICE', 'VERSION', 'CREATED'],
      rows: results.map((r) => [r.file, r.serviceName, r.versionId, String(r.created)]),
    },
  });
  return ExitCode.Ok;
}
