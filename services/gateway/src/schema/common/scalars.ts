import { GraphQLError, Kind } from 'graphql';
import { ERROR_STATUS } from '../../errors/error-codes.js';
import { builder } from '../builder.js';

function invalid(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'InvalidInput', http: { status: ERROR_STATUS.InvalidInput } },
  });
}

function parseDate(value: unknown): Date {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(Date.parse(value))) {
    throw invalid(`\`${String(value)}\` is not an ISO 8601 date-time such as \`2025-01-31T12:00:00Z\``);
  }
  return new Date(value);
}

builder.scalarType('DateTime', {
  description: 'A point in time, as an ISO 8601 string in UTC (`2025-01-31T12:00:00.000Z`).',
  serialize: (value) => {
    if (!(value instanceof Date)) throw new TypeError('DateTime fields must resolve to a Date');
    return value.toISOString();
  },
  parseValue: parseDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw invalid('a DateTime must be written as a string');
    return parseDate(ast.value);
  },
});
