/**
 * Small builders for unit tests: documents and requests with sensible defaults, so each test states only what it is
 * about.
 */
import type { EvaluationRequest, PolicyDocument, StatementDocument } from '../src/index.js';

export const ACCOUNT = '111122223333';
export const OTHER = '444455556666';
export const ALICE = `arn:aws:iam::${ACCOUNT}:user/alice`;
export const BOB = `arn:aws:iam::${ACCOUNT}:user/bob`;
export const ROLE = `arn:aws:iam::${ACCOUNT}:role/Admin`;
export const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/Admin/alice-session`;
export const ROOT = `arn:aws:iam::${ACCOUNT}:root`;
export const BUCKET = 'arn:aws:s3:::reports';
export const OBJECT = 'arn:aws:s3:::reports/q1.csv';

/** A 2012-10-17 policy holding `statements`. */
export function policy(...statements: StatementDocument[]): PolicyDocument {
  return { Version: '2012-10-17', Statement: statements };
}

/** An Allow of `action` on `resource`, with extra elements merged in. */
export function allow(
  action: string | string[] = 's3:GetObject',
  resource: string | string[] = '*',
  extra: Partial<StatementDocument> = {},
): StatementDocument {
  return { Effect: 'Allow', Action: action, Resource: resource, ...extra };
}

/** A Deny of `action` on `resource`, with extra elements merged in. */
export function deny(
  action: string | string[] = 's3:GetObject',
  resource: string | string[] = '*',
  extra: Partial<StatementDocument> = {},
): StatementDocument {
  return { Effect: 'Deny', Action: action, Resource: resource, ...extra };
}

/** A request by Alice to read `OBJECT`, with `overrides` applied. */
export function request(overrides: Partial<EvaluationRequest> = {}): EvaluationRequest {
  return { principal: ALICE, action: 's3:GetObject', resource: OBJECT, policies: {}, ...overrides };
}

/** Unique ids as iamgate makes them (the prefix, then 17 uppercase letters and digits): Alice's, Bob's, the role's. */
export const ALICE_ID = 'AIDAJQABLZS4A3QDU576Q';
export const BOB_ID = 'AIDAK3M4N5P6Q7R8S9T2B';
export const ROLE_ID = 'AROAJQABLZS4A3QDU576R';
/** The `aws:userid` of `SESSION`: the role's id and the session name. */
export const SESSION_ID = `${ROLE_ID}:alice-session`;
