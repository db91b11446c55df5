import type { IamgateClient } from '@iamgate/sdk';

/** A service's identity: its workload credential and the role it holds. */
export interface ServiceIdentity {
  workloadName: string;
  workloadArn: string;
  /** `IAMGATE_WORKLOAD_ID` of the service. */
  workloadId: string;
  /** `IAMGATE_WORKLOAD_SECRET` of the service; the gateway shows it only once, at creation. */
  secret: string;
  roleName: string;
  roleArn: string;
}

/** The identities `provisionServices` creates. */
export interface ProvisionedServices {
  account: string;
  orders: ServiceIdentity;
  billing: ServiceIdentity;
}

/** The inline policy of the `OrdersService` role: decide for the account's users, and read invoices. */
export function ordersServicePolicy(partition: string, account: string, readInvoices = true): string {
  const statements: object[] = [
    {
      Sid: 'DecideForUsers',
      Effect: 'Allow',
      Action: 'iam:SimulatePrincipalPolicy',
      Resource: [`arn:${partition}:iam::${account}:user/*`, `arn:${partition}:iam::${account}:root`],
    },
  ];
  if (readInvoices) {
    statements.push({
      Sid: 'ReadInvoices',
      Effect: 'Allow',
      Action: 'billing:GetInvoice',
      Resource: `arn:${partition}:billing::${account}:invoice/*`,
    });
  }
  return JSON.stringify({ Version: '2012-10-17', Statement: statements });
}

/** The inline policy of the `BillingService` role: decide for the roles whose sessions call billing. */
export function billingServicePolicy(partition: string, account: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'DecideForServiceRoles',
        Effect: 'Allow',
        Action: 'iam:SimulatePrincipalPolicy',
        Resource: `arn:${partition}:iam::${account}:role/*`,
      },
    ],
  });
}

/**
 * A workload that only the gateway's workload service may act for, and only for this very workload
 * (`aws:SourceArn`, `IAM/latest/UserGuide/confused-deputy.html`), as an EC2 instance profile's role trusts EC2.
 */
function workloadTrust(workloadArn: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Service: 'workload.iamgate' },
        Action: 'sts:AssumeRole',
        Condition: { ArnEquals: { 'aws:SourceArn': workloadArn } },
      },
    ],
  });
}

async function serviceIdentity(
  admin: IamgateClient,
  workloadName: string,
  roleName: string,
  policy: string,
): Promise<ServiceIdentity> {
  const { workload, credential } = await admin.api.createWorkload({ workloadName });
  const role = await admin.api.createRole({
    roleName,
    assumeRolePolicyDocument: workloadTrust(workload.arn),
  });
  await admin.api.putRolePolicy({ roleName, policyName: 'service', policyDocument: policy });
  await admin.api.attachRoleToWorkload({ workloadName, roleArn: role.arn });
  return {
    workloadName,
    workloadArn: workload.arn,
    workloadId: credential.workloadId,
    secret: credential.secret,
    roleName,
    roleArn: role.arn,
  };
}

/**
 * Creates what the two example services run as: the workloads `orders-service` and `billing-service`, the roles
 * `OrdersService` and `BillingService` they hold, and the roles' inline policies. `admin` needs the IAM rights to
 * do so (the root user, or an administrator with `iam:PassRole`). Fails with `EntityAlreadyExists` when run twice.
 *
 * @example
 * const admin = createClient({ url, credentials: { email: 'root@iamgate.local', password } });
 * const { orders } = await provisionServices(admin);
 * // IAMGATE_WORKLOAD_ID=orders.workloadId IAMGATE_WORKLOAD_SECRET=orders.secret
 */
export async function provisionServices(admin: IamgateClient): Promise<ProvisionedServices> {
  const caller = await admin.api.getCallerIdentity();
  const partition = caller.arn.split(':')[1] ?? 'iamgate';
  const account = caller.account;
  const orders = await serviceIdentity(
    admin,
    'orders-service',
    'OrdersService',
    ordersServicePolicy(partition, account),
  );
  const billing = await serviceIdentity(
    admin,
    'billing-service',
    'BillingService',
    billingServicePolicy(partition, account),
  );
  return { account, orders, billing };
}
