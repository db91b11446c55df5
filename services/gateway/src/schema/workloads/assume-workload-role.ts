import { assumeWorkloadRole } from '../../workloads/workload-session.js';
import { builder } from '../builder.js';
import { AssumeRolePayloadRef } from '../sts/types.js';

builder.mutationField('assumeWorkloadRole', (t) =>
  t.field({
    type: AssumeRolePayloadRef,
    description:
      "A workload signs in with its own credential and gets a session of the role it holds. The role's trust " +
      'policy must allow `{ "Service": "workload.iamgate" }` (with `aws:SourceArn` = the workload ARN in the ' +
      'context), else `AccessDenied`; a wrong credential is `InvalidClientTokenId`.',
    args: {
      workloadId: t.arg.string({ required: true, description: 'The workload id (`AIPA...`).' }),
      secret: t.arg.string({ required: true, description: 'The workload credential.' }),
      roleSessionName: t.arg.string({ description: 'The session name; the workload id by default.' }),
      durationSeconds: t.arg.int({ description: "900 up to the role's maximum (default 3,600)." }),
    },
    authz: {
      public: true,
      because: 'a workload signs in with its credential, checked and audited by `assumeWorkloadRole` itself',
    },
    resolve: (_root, args, ctx) => assumeWorkloadRole(ctx, args),
  }),
);
