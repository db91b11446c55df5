import { readFileSync } from 'node:fs';
import { ERROR_STATUS } from '@iamgate/gateway';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE } from '../scripts/generate.js';
import { errorCodesOfSchema } from '../scripts/generate-errors.js';
import { errorFromGraphql } from '../src/errors/from-graphql-error.js';
import {
  AccessDeniedError,
  GATEWAY_ERROR_CLASSES,
  GATEWAY_ERROR_STATUS,
  IamgateError,
  InvalidRequestError,
  isIamgateError,
  NoSuchEntityError,
  SDK_ERROR_CODES,
  UnrecognizedError,
} from '../src/index.js';

const meta = { httpStatus: 200, requestId: 'req-1' };

describe('typed errors', () => {
  it("has one class per value of the schema's ErrorCode, named after the code, with the gateway's HTTP status", () => {
    const table = errorCodesOfSchema(readFileSync(SCHEMA_FILE, 'utf8'));
    expect(Object.keys(GATEWAY_ERROR_STATUS)).toEqual(table.map((entry) => entry.code));
    // What the gateway answers with, read from the schema alone.
    expect(GATEWAY_ERROR_STATUS).toEqual({ ...ERROR_STATUS });
    for (const { code, httpStatus } of table) {
      const error = errorFromGraphql({ message: 'm', path: ['f'], extensions: { code } }, meta);
      expect(error.constructor).toBe(GATEWAY_ERROR_CLASSES[code as keyof typeof GATEWAY_ERROR_CLASSES]);
      expect(error.name).toBe(code.endsWith('Error') ? code : `${code}Error`);
      expect(error).toBeInstanceOf(IamgateError);
      expect(error).toMatchObject({ code, httpStatus, requestId: 'req-1', path: ['f'] });
    }
    // AWS's common codes are among them (IAM/latest/APIReference/CommonErrors.html).
    expect(table.map((entry) => entry.code)).toEqual(
      expect.arrayContaining([
        'AccessDenied',
        'NoSuchEntity',
        'LimitExceeded',
        'EntityAlreadyExists',
        'Throttling',
      ]),
    );
  });

  it('keeps the extensions and prefers the request id a masked failure carries', () => {
    const error = errorFromGraphql(
      {
        message: 'internal failure',
        path: ['getUser'],
        extensions: { code: 'ServiceFailure', requestId: 'req-9' },
      },
      meta,
    );
    expect(error).toMatchObject({ code: 'ServiceFailure', httpStatus: 500, requestId: 'req-9' });
    const malformed = errorFromGraphql(
      { message: 'm', extensions: { code: 'MalformedPolicyDocument', findings: [{ path: '/Statement' }] } },
      meta,
    );
    expect(malformed.extensions.findings).toEqual([{ path: '/Statement' }]);
  });

  it('turns GraphQL request errors into InvalidRequest and unknown codes into Unrecognized', () => {
    const validation = errorFromGraphql(
      { message: 'Cannot query field', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      meta,
    );
    expect(validation).toBeInstanceOf(InvalidRequestError);
    expect(validation.httpStatus).toBe(400);
    const variables = errorFromGraphql(
      { message: 'Variable "$u" was not provided.' },
      { ...meta, httpStatus: 400 },
    );
    expect(variables.code).toBe('InvalidRequest');
    const newer = errorFromGraphql({ message: 'm', path: ['x'], extensions: { code: 'SomethingNew' } }, meta);
    expect(newer).toBeInstanceOf(UnrecognizedError);
    expect(newer.extensions.code).toBe('SomethingNew');
  });

  it('narrows by code with isIamgateError, also for errors of another copy of the SDK', () => {
    const error: unknown = new NoSuchEntityError('user `bob` does not exist');
    expect(isIamgateError(error)).toBe(true);
    expect(isIamgateError(error, 'NoSuchEntity')).toBe(true);
    expect(isIamgateError(error, 'AccessDenied')).toBe(false);
    expect(isIamgateError(new Error('x'))).toBe(false);
    expect(isIamgateError(null, 'NoSuchEntity')).toBe(false);
    // What another copy's error looks like to this one: not an instance, but branded.
    const foreign = Object.assign(new Error('denied'), {
      code: 'AccessDenied',
      [Symbol.for('@iamgate/sdk/IamgateError')]: true,
    });
    expect(foreign).not.toBeInstanceOf(AccessDeniedError);
    expect(isIamgateError(foreign, 'AccessDenied')).toBe(true);
  });

  it('keeps SDK codes apart from gateway codes', () => {
    const gateway = Object.keys(GATEWAY_ERROR_STATUS);
    expect(SDK_ERROR_CODES.filter((code) => gateway.includes(code))).toEqual([]);
  });
});

describe("reading the schema's ErrorCode enum", () => {
  it('reads codes, statuses and descriptions', () => {
    const entries = errorCodesOfSchema(`
      """The stable codes."""
      enum ErrorCode {
        """
        Denied, for
        people.
        HTTP status: 403.
        """
        AccessDenied
        """HTTP status: 429."""
        Throttling
      }`);
    expect(entries).toEqual([
      { code: 'AccessDenied', httpStatus: 403, doc: 'Denied, for people.' },
      { code: 'Throttling', httpStatus: 429, doc: '' },
    ]);
  });

  it('refuses a schema without the enum, or a code without its status', () => {
    expect(() => errorCodesOfSchema('type Query { a: String }')).toThrow('no `ErrorCode` enum');
    expect(() => errorCodesOfSchema('enum ErrorCode { """Denied.""" AccessDenied }')).toThrow(
      '`ErrorCode.AccessDenied`: its description does not end with its HTTP status',
    );
  });
});
