import type { PolicyDocument, RequestPolicies } from '@iamgate/policy';
import { ACCOUNT, ALICE } from './signing-keys.js';

/** The orders service's resource ARNs. */
export const orderArn = (id: string, account = ACCOUNT) => `arn:iamgate:orders::${account}:order/${id}`;

/** Read access to every order of the account. */
export const ordersReadOnly: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'ReadOrders',
      Effect: 'Allow',
      Action: ['orders:Get*', 'orders:List*'],
      Resource: `arn:iamgate:orders::${ACCOUNT}:order/*`,
    },
  ],
};

/** Fulfilment may update orders, only with its team tag; nobody may delete; profiles are per user name. */
export const ordersFulfilment: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'UpdateAsFulfilment',
      Effect: 'Allow',
      Action: 'orders:UpdateOrder',
      Resource: `arn:iamgate:orders::${ACCOUNT}:order/*`,
      Condition: { StringEquals: { 'aws:PrincipalTag/team': 'fulfilment' } },
    },
    { Sid: 'NeverDelete', Effect: 'Deny', Action: 'orders:DeleteOrder', Resource: '*' },
    {
      Sid: 'OwnProfile',
      Effect: 'Allow',
      Action: 'orders:GetProfile',
      Resource: `arn:iamgate:orders::${ACCOUNT}:profile/\${aws:username}`,
    },
  ],
};

/** Support may cancel orders from the office network over TLS. */
export const ordersSupport: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'CancelFromOffice',
      Effect: 'Allow',
      Action: 'orders:CancelOrder',
      Resource: `arn:iamgate:orders::${ACCOUNT}:order/*`,
      Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' }, Bool: { 'aws:SecureTransport': 'true' } },
    },
    { Sid: 'ReadOrders', Effect: 'Allow', Action: 'orders:Get*', Resource: '*' },
  ],
};

/** The principals of the tests and their policies. */
export const POLICIES: Record<string, RequestPolicies> = {
  [ALICE]: { identity: [ordersReadOnly, ordersFulfilment] },
  [`arn:iamgate:iam::${ACCOUNT}:role/ops/Support`]: { identity: [ordersSupport] },
};
