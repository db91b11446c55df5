import type { IamgateClient } from '@iamgate/sdk';

/** A principal whose permissions come from attached managed policies and inline policies. */
export type PolicyHolder =
  | { kind: 'user'; name: string }
  | { kind: 'group'; name: string }
  | { kind: 'role'; name: string };

/** The API's per-kind operations on a holder's policies, behind one shape. */
export function holderApi(client: IamgateClient, holder: PolicyHolder) {
  const { api } = client;
  const n = holder.name;
  switch (holder.kind) {
    case 'user':
      return {
        attached: () => api.listAttachedUserPolicies({ userName: n, first: 100 }),
        inline: () => api.listUserPolicies({ userName: n, first: 100 }),
        getInline: (policyName: string) => api.getUserPolicy({ userName: n, policyName }),
        attach: (policyArn: string) => api.attachUserPolicy({ userName: n, policyArn }),
        detach: (policyArn: string) => api.detachUserPolicy({ userName: n, policyArn }),
        put: (policyName: string, policyDocument: string) =>
          api.putUserPolicy({ userName: n, policyName, policyDocument }),
        remove: (policyName: string) => api.deleteUserPolicy({ userName: n, policyName }),
      };
    case 'group':
      return {
        attached: () => api.listAttachedGroupPolicies({ groupName: n, first: 100 }),
        inline: () => api.listGroupPolicies({ groupName: n, first: 100 }),
        getInline: (policyName: string) => api.getGroupPolicy({ groupName: n, policyName }),
        attach: (policyArn: string) => api.attachGroupPolicy({ groupName: n, policyArn }),
        detach: (policyArn: string) => api.detachGroupPolicy({ groupName: n, policyArn }),
        put: (policyName: string, policyDocument: string) =>
          api.putGroupPolicy({ groupName: n, policyName, policyDocument }),
        remove: (policyName: string) => api.deleteGroupPolicy({ groupName: n, policyName }),
      };
    case 'role':
      return {
        attached: () => api.listAttachedRolePolicies({ roleName: n, first: 100 }),
        inline: () => api.listRolePolicies({ roleName: n, first: 100 }),
        getInline: (policyName: string) => api.getRolePolicy({ roleName: n, policyName }),
        attach: (policyArn: string) => api.attachRolePolicy({ roleName: n, policyArn }),
        detach: (policyArn: string) => api.detachRolePolicy({ roleName: n, policyArn }),
        put: (policyName: string, policyDocument: string) =>
          api.putRolePolicy({ roleName: n, policyName, policyDocument }),
        remove: (policyName: string) => api.deleteRolePolicy({ roleName: n, policyName }),
      };
  }
}
