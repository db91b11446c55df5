/**
 * Policy sets for the benchmarks: realistic shapes (several services, conditions, wildcards, variables), built
 * deterministically so runs are comparable.
 */
import type { EvaluationRequest, PolicyDocument, StatementDocument } from '../src/index.js';

export const ACCOUNT = '123456789012';
export const ALICE = `arn:aws:iam::${ACCOUNT}:user/engineering/alice`;

const SERVICES = ['s3', 'dynamodb', 'iam', 'ec2', 'sqs', 'sns', 'kms', 'logs', 'lambda', 'sts'];

function statementFor(service: string, i: number): StatementDocument {
  const conditions: StatementDocument['Condition'][] = [
    { StringEquals: { 'aws:PrincipalTag/team': 'payments' } },
    { IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '2001:db8::/32'] } },
    { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
    { DateLessThan: { 'aws:CurrentTime': '2030-01-01T00:00:00Z' }, StringLike: { 'aws:userid': 'AIDA*' } },
  ];
  return {
    Sid: `S${service}${i}`,
    Effect: i % 7 === 6 ? 'Deny' : 'Allow',
    Action: [`${service}:Get*`, `${service}:List*`, `${service}:Describe${i}*`],
    Resource: [`arn:aws:${service}:*:${ACCOUNT}:thing-${i}/*`, `arn:aws:${service}:::\${aws:username}/*`],
    Condition: conditions[i % conditions.length]!,
  };
}

/** (a) 10 policies of 4 statements each over 10 services, every statement with a condition. */
export function tenPolicies(): PolicyDocument[] {
  const policies: PolicyDocument[] = [];
  for (let p = 0; p < 10; p++) {
    const statements: StatementDocument[] = [];
    for (let s = 0; s < 4; s++)
      statements.push(statementFor(SERVICES[(p + s) % SERVICES.length]!, p * 4 + s));
    policies.push({ Version: '2012-10-17', Id: `policy-${p}`, Statement: statements });
  }
  // The statement that allows the benchmark's request.
  (policies[0]!.Statement as StatementDocument[]).push({
    Sid: 'ReadReports',
    Effect: 'Allow',
    Action: 's3:GetObject',
    Resource: 'arn:aws:s3:::reports/${aws:username}/*',
    Condition: {
      IpAddress: { 'aws:SourceIp': '10.0.0.0/8' },
      StringEquals: { 'aws:PrincipalTag/team': 'payments' },
    },
  });
  return policies;
}

/** (b) 10,000 statements in 10 policies; 10 of them concern `s3`, the rest 999 other services. */
export function tenThousandStatements(): PolicyDocument[] {
  const policies: PolicyDocument[] = [];
  for (let p = 0; p < 10; p++) {
    const statements: StatementDocument[] = [];
    for (let s = 0; s < 1000; s++) {
      const n = p * 1000 + s;
      const service = s === 0 ? 's3' : `svc${n % 999}`;
      statements.push(statementFor(service, n));
    }
    policies.push({ Version: '2012-10-17', Id: `big-${p}`, Statement: statements });
  }
  (policies[0]!.Statement as StatementDocument[])[0] = {
    Sid: 'ReadReports',
    Effect: 'Allow',
    Action: 's3:GetObject',
    Resource: 'arn:aws:s3:::reports/${aws:username}/*',
    Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } },
  };
  return policies;
}

/** The request every scenario decides: Alice reads one of her reports from the office network. */
export function request(identity: EvaluationRequest['policies']['identity']): EvaluationRequest {
  return {
    principal: ALICE,
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::reports/alice/2024/q1.csv',
    context: {
      'aws:SourceIp': '10.1.2.3',
      'aws:PrincipalTag/team': 'payments',
      'aws:MultiFactorAuthPresent': true,
      'aws:CurrentTime': '2025-06-01T12:00:00Z',
      'aws:userid': 'AIDAEXAMPLE',
    },
    policies: { identity },
  };
}
