import {
  GraphQLBoolean,
  GraphQLFloat,
  type GraphQLInputType,
  GraphQLInt,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from 'graphql';
import { type CliIo, readUserFile } from '../io.js';
import { UsageError } from '../usage-error.js';
import type { OptionSpec } from './option-spec.js';

const FILE_PREFIX = 'file://';

/** The text of a value, read from disk when it is `file://path`, as the AWS CLI does for every parameter. */
async function text(io: CliIo, flag: string, value: string): Promise<string> {
  if (!value.startsWith(FILE_PREFIX)) return value;
  const path = value.slice(FILE_PREFIX.length);
  try {
    return await readUserFile(io, path);
  } catch {
    throw new UsageError(`cannot read \`${path}\` for \`--${flag}\``);
  }
}

function parseJson(flag: string, source: string): unknown {
  try {
    return JSON.parse(source);
  } catch {
    throw new UsageError(`\`--${flag}\` takes JSON (or \`file://path\` of a JSON file)`);
  }
}

async function scalar(io: CliIo, flag: string, type: GraphQLInputType, value: string): Promise<unknown> {
  if (type === GraphQLInt || type === GraphQLFloat) {
    const number = Number(value);
    const ok = type === GraphQLInt ? /^-?\d+$/.test(value) : value.trim() !== '' && Number.isFinite(number);
    if (!ok) throw new UsageError(`\`--${flag}\` takes a number, got \`${value}\``);
    return number;
  }
  if (type === GraphQLBoolean) {
    if (value !== 'true' && value !== 'false') {
      throw new UsageError(`\`--${flag}\` takes true or false, got \`${value}\``);
    }
    return value === 'true';
  }
  if (isEnumType(type)) {
    const names = type.getValues().map((v) => v.name);
    if (!names.includes(value)) {
      throw new UsageError(`\`--${flag}\` takes one of ${names.join(', ')}, got \`${value}\``);
    }
    return value;
  }
  if (isInputObjectType(type)) {
    const parsed = parseJson(flag, await text(io, flag, value));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new UsageError(`\`--${flag}\` takes a JSON object`);
    }
    return parsed;
  }
  // String, ID and custom scalars (DateTime): policy documents are JSON text, so they stay text.
  return text(io, flag, value);
}

/**
 * The GraphQL value of an option from the words given after it: numbers, booleans (`--flag` alone is true) and
 * enums are checked here; lists take several words or one JSON array; input objects take JSON; any value may be
 * `file://path`. Malformed values are usage errors, so nothing is sent.
 */
export async function coerceOption(io: CliIo, spec: OptionSpec, values: readonly string[]): Promise<unknown> {
  const type = isNonNullType(spec.type) ? spec.type.ofType : spec.type;
  if (isListType(type)) {
    const item = isNonNullType(type.ofType) ? type.ofType.ofType : type.ofType;
    if (values.length === 0) throw new UsageError(`\`--${spec.flag}\` needs a value`);
    if (values.length === 1) {
      const source = await text(io, spec.flag, values[0] as string);
      if (source.trimStart().startsWith('[')) return parseJson(spec.flag, source);
    }
    return Promise.all(values.map((v) => scalar(io, spec.flag, item, v)));
  }
  if (type === GraphQLBoolean && values.length === 0) return true;
  if (values.length !== 1) throw new UsageError(`\`--${spec.flag}\` takes one value`);
  return scalar(io, spec.flag, type, values[0] as string);
}
