import type { ConditionKeyType } from './definition.js';

/**
 * AWS's global condition keys and their types (`IAM/latest/UserGuide/reference_policies_condition-keys.html`),
 * the ones every request of every service may carry. Keys ending in `/` are prefixes of tag-like keys
 * (`aws:PrincipalTag/team`).
 */
export const GLOBAL_CONDITION_KEYS: Readonly<Record<string, ConditionKeyType>> = {
  'aws:CalledVia': 'ArrayOfString',
  'aws:CalledViaFirst': 'String',
  'aws:CalledViaLast': 'String',
  'aws:CurrentTime': 'Date',
  'aws:EpochTime': 'Date',
  'aws:FederatedProvider': 'String',
  'aws:MultiFactorAuthAge': 'Numeric',
  'aws:MultiFactorAuthPresent': 'Bool',
  'aws:PrincipalAccount': 'String',
  'aws:PrincipalArn': 'ARN',
  'aws:PrincipalIsAWSService': 'Bool',
  'aws:PrincipalOrgID': 'String',
  'aws:PrincipalOrgPaths': 'ArrayOfString',
  'aws:PrincipalServiceName': 'String',
  'aws:PrincipalServiceNamesList': 'ArrayOfString',
  'aws:PrincipalTag/': 'String',
  'aws:PrincipalType': 'String',
  'aws:Referer': 'String',
  'aws:RequestedRegion': 'String',
  'aws:RequestTag/': 'String',
  'aws:ResourceAccount': 'String',
  'aws:ResourceOrgID': 'String',
  'aws:ResourceOrgPaths': 'ArrayOfString',
  'aws:ResourceTag/': 'String',
  'aws:SecureTransport': 'Bool',
  'aws:SourceAccount': 'String',
  'aws:SourceArn': 'ARN',
  'aws:SourceIdentity': 'String',
  'aws:SourceIp': 'IPAddress',
  'aws:SourceOrgID': 'String',
  'aws:SourceOrgPaths': 'ArrayOfString',
  'aws:SourceVpc': 'String',
  'aws:SourceVpce': 'String',
  'aws:TagKeys': 'ArrayOfString',
  'aws:TokenIssueTime': 'Date',
  'aws:UserAgent': 'String',
  'aws:userid': 'String',
  'aws:username': 'String',
  'aws:ViaAWSService': 'Bool',
  'aws:VpcSourceIp': 'IPAddress',
};

/** Characters a policy may write as variables: `${*}`, `${?}`, `${$}` (reference_policies_variables.html). */
export const SPECIAL_VARIABLES = new Set(['*', '?', '$']);
