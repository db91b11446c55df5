import { takeCallAudit } from '../../authz/call-audit.js';
import type { GatewayContext } from '../../context/gateway-context.js';
import { IamError } from '../../errors/iam-error.js';
import { principalLockoutKey } from '../../mfa/lockout-key.js';
import { otpauthUri, stepOfPair } from '../../mfa/totp.js';
import { countedAttempt } from '../../sign-in/counted-attempt.js';
import { builder } from '../builder.js';
import { accountOf } from '../common/caller.js';
import { TagInput } from '../common/tags.js';
import { mfaOwner, mfaOwnerTarget } from './owner.js';
import { CreatedVirtualMfaDeviceRef, VirtualMfaDeviceRef } from './types.js';

/** The issuer authenticator apps show for iamgate's devices. */
const OTP_ISSUER = 'iamgate';

const userNameArg = {
  description: 'The user; defaults to the calling user, or for the root user to its own devices.',
} as const;
const serialArg = {
  required: true,
  description: 'The serial number (ARN) of the virtual MFA device.',
} as const;
const code1Arg = { required: true, description: 'A code of the device.' } as const;
const code2Arg = { required: true, description: 'The code that followed it.' } as const;

interface PairArgs {
  userName?: string | null;
  serialNumber: string;
  authenticationCode1: string;
  authenticationCode2: string;
}

/**
 * The time step at which two consecutive codes of a device pair, counted on the owner's MFA lockout key like a
 * password attempt (a wrong pair is a guess), or `InvalidAuthenticationCode`. Runs outside a transaction (the
 * fields are self-audited) so that a refused attempt stays counted.
 */
async function pairedStep(ctx: GatewayContext, args: PairArgs, forResync: boolean): Promise<number> {
  const owner = mfaOwner(ctx, args.userName);
  const account = accountOf(ctx);
  const secret = await ctx.store.mfaDevices.secret(account, args.serialNumber);
  // Enabling a device enabled already is a conflict whatever the codes (whose steps are spent anyway): no guess.
  if (!forResync && secret.device.enabledAt !== null) {
    throw new IamError('EntityAlreadyExists', `MFA device \`${args.serialNumber}\` is already enabled`);
  }
  const attempt = await countedAttempt(ctx, await principalLockoutKey(ctx, account, owner));
  const step = stepOfPair(
    secret.base32Seed,
    args.authenticationCode1,
    args.authenticationCode2,
    ctx.facts.now,
    secret.lastStep,
  );
  if (step === undefined) {
    throw new IamError(
      'InvalidAuthenticationCode',
      'the codes are not two consecutive current codes of the device',
    );
  }
  await attempt.succeeded();
  return step;
}

builder.mutationFields((t) => ({
  createVirtualMFADevice: t.field({
    type: CreatedVirtualMfaDeviceRef,
    description:
      'Creates a virtual MFA device with a new random seed, returned only now (`API_CreateVirtualMFADevice.html`). ' +
      'The seed is kept encrypted with the secret key. Enable it for a user or root with `enableMFADevice`.',
    args: {
      virtualMFADeviceName: t.arg.string({
        required: true,
        description: 'The device name, unique in the account.',
      }),
      path: t.arg.string({ description: 'The device path; `/` by default.' }),
      tags: t.arg({ type: [TagInput], description: 'Tags of the device.' }),
    },
    authz: {
      action: 'iam:CreateVirtualMFADevice',
      resource: ({ args, ctx }) => ctx.targets.mfaDevice(args.path ?? '/', args.virtualMFADeviceName),
    },
    resolve: async (_root, args, ctx) => {
      const device = await ctx.store.mfaDevices.create(accountOf(ctx), {
        name: args.virtualMFADeviceName,
        ...(args.path == null ? {} : { path: args.path }),
        ...(args.tags == null ? {} : { tags: args.tags }),
      });
      const label = `${device.name}@${device.accountId}`;
      return { ...device, otpauthUri: otpauthUri(device.base32Seed, OTP_ISSUER, label) };
    },
  }),
  enableMFADevice: t.field({
    type: VirtualMfaDeviceRef,
    description:
      'Enables an unassigned virtual MFA device for a user, or for the calling root user, given two consecutive ' +
      'codes (`API_EnableMFADevice.html`): from then on its password sign-ins need a code. Wrong codes are ' +
      '`InvalidAuthenticationCode` and count like failed sign-ins; a device enabled already is ' +
      '`EntityAlreadyExists`; more than 8 devices per principal is `LimitExceeded`.',
    args: {
      userName: t.arg.string(userNameArg),
      serialNumber: t.arg.string(serialArg),
      authenticationCode1: t.arg.string(code1Arg),
      authenticationCode2: t.arg.string(code2Arg),
    },
    authz: {
      action: 'iam:EnableMFADevice',
      resource: ({ args, ctx }) => mfaOwnerTarget(ctx, args.userName),
      selfAudited: true,
    },
    resolve: async (_root, args, ctx) => {
      const step = await pairedStep(ctx, args, false);
      return ctx.store.mfaDevices.enable(
        accountOf(ctx),
        args.serialNumber,
        mfaOwner(ctx, args.userName),
        step,
        ctx.facts.now,
        { audit: takeCallAudit(ctx) },
      );
    },
  }),
  resyncMFADevice: t.boolean({
    description:
      'Resynchronizes an enabled device whose clock drifted, given two consecutive codes (`API_ResyncMFADevice.html`).',
    args: {
      userName: t.arg.string(userNameArg),
      serialNumber: t.arg.string(serialArg),
      authenticationCode1: t.arg.string(code1Arg),
      authenticationCode2: t.arg.string(code2Arg),
    },
    authz: {
      action: 'iam:ResyncMFADevice',
      resource: ({ args, ctx }) => mfaOwnerTarget(ctx, args.userName),
      selfAudited: true,
    },
    resolve: async (_root, args, ctx) => {
      const step = await pairedStep(ctx, args, true);
      await ctx.store.mfaDevices.resync(
        accountOf(ctx),
        args.serialNumber,
        mfaOwner(ctx, args.userName),
        step,
        {
          audit: takeCallAudit(ctx),
        },
      );
      return true;
    },
  }),
  deactivateMFADevice: t.boolean({
    description:
      'Deactivates a device enabled for a user or root (`API_DeactivateMFADevice.html`): sign-ins no longer ask ' +
      'for its codes. The virtual device stays, unassigned, until `deleteVirtualMFADevice`.',
    args: { userName: t.arg.string(userNameArg), serialNumber: t.arg.string(serialArg) },
    authz: {
      action: 'iam:DeactivateMFADevice',
      resource: ({ args, ctx }) => mfaOwnerTarget(ctx, args.userName),
    },
    resolve: async (_root, args, ctx) => {
      await ctx.store.mfaDevices.deactivate(accountOf(ctx), args.serialNumber, mfaOwner(ctx, args.userName));
      return true;
    },
  }),
  deleteVirtualMFADevice: t.boolean({
    description:
      'Deletes a virtual MFA device and its seed (`API_DeleteVirtualMFADevice.html`); `DeleteConflict` while it ' +
      'is enabled.',
    args: { serialNumber: t.arg.string(serialArg) },
    authz: {
      action: 'iam:DeleteVirtualMFADevice',
      resource: ({ args, ctx }) => ctx.targets.mfaSerial(args.serialNumber),
    },
    resolve: async (_root, args, ctx) => {
      await ctx.store.mfaDevices.delete(accountOf(ctx), args.serialNumber);
      return true;
    },
  }),
}));
