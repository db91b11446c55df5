import type { MfaDevice, NewMfaDevice } from '@iamgate/store';
import { builder } from '../builder.js';
import { TagRef } from '../common/tags.js';

/** A device with the `otpauth://` URI of its seed, made when the device is created. */
export interface CreatedMfaDevice extends NewMfaDevice {
  otpauthUri: string;
}

/** A virtual MFA device (`IAM/latest/APIReference/API_VirtualMFADevice.html`). */
export const VirtualMfaDeviceRef = builder.objectRef<MfaDevice>('VirtualMFADevice').implement({
  description:
    'A virtual MFA device: an authenticator app holding a TOTP seed (RFC 6238, six digits, 30 seconds). Created ' +
    'unassigned, then enabled for one IAM user or for the root user (`API_VirtualMFADevice.html`).',
  fields: (t) => ({
    serialNumber: t.exposeString('serialNumber', {
      description: 'The serial number: the device ARN, `arn:<partition>:iam::<account>:mfa/<path><name>`.',
    }),
    path: t.exposeString('path', { description: 'The device path.' }),
    virtualMFADeviceName: t.exposeString('name', { description: 'The device name.' }),
    userName: t.string({
      nullable: true,
      description: 'The IAM user it is enabled for; null for root or while unassigned.',
      resolve: (d) => (d.assignedTo === 'user' ? d.userName : null),
    }),
    assignedToRoot: t.boolean({
      description: "Whether it is enabled for the account's root user.",
      resolve: (d) => d.assignedTo === 'root',
    }),
    enableDate: t.expose('enabledAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was enabled; null while unassigned.',
    }),
    lastUsedDate: t.expose('lastUsedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When a code of it was last accepted.',
    }),
    createDate: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    tags: t.field({ type: [TagRef], description: 'Its tags.', resolve: (d) => d.tags }),
  }),
});

/** A new device with its seed, shown once (`CreateVirtualMFADevice`). */
export const CreatedVirtualMfaDeviceRef = builder
  .objectRef<CreatedMfaDevice>('CreatedVirtualMFADevice')
  .implement({
    description:
      'A new virtual MFA device and its seed, shown only now: put it in an authenticator app (scan `otpauthUri` ' +
      'as a QR code, or type `base32StringSeed`), then enable it with two consecutive codes.',
    fields: (t) => ({
      virtualMFADevice: t.field({
        type: VirtualMfaDeviceRef,
        description: 'The device.',
        resolve: (d) => d,
      }),
      base32StringSeed: t.exposeString('base32Seed', {
        description: 'The TOTP seed in base32 (RFC 4648), as authenticator apps take it typed in.',
      }),
      otpauthUri: t.exposeString('otpauthUri', {
        description:
          'The `otpauth://totp/...` key URI of the seed, for a QR code (AWS returns the QR code PNG itself).',
      }),
    }),
  });

/** An MFA device of a principal (`API_MFADevice.html`). */
export const MfaDeviceRef = builder.objectRef<MfaDevice>('MFADevice').implement({
  description: 'An MFA device enabled for a user or root (`API_MFADevice.html`).',
  fields: (t) => ({
    serialNumber: t.exposeString('serialNumber', { description: 'The serial number (device ARN).' }),
    userName: t.exposeString('userName', {
      nullable: true,
      description: 'The user it is enabled for; null for root.',
    }),
    enableDate: t.expose('enabledAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was enabled.',
    }),
  }),
});

/** `ListVirtualMFADevices`'s filter. */
export const AssignmentStatusRef = builder.enumType('AssignmentStatusType', {
  description: 'Which virtual MFA devices to list (`API_ListVirtualMFADevices.html`).',
  values: {
    Assigned: { description: 'Enabled for a user or root.' },
    Unassigned: { description: 'Not enabled for anyone.' },
    Any: { description: 'Both.' },
  } as const,
});

/** A page of virtual devices. */
export const VirtualMfaDeviceConnectionRef = builder.connectionObject(
  {
    type: VirtualMfaDeviceRef,
    name: 'VirtualMFADeviceConnection',
    description: 'A page of virtual MFA devices.',
  },
  { name: 'VirtualMFADeviceEdge', description: 'A virtual MFA device with its cursor.' },
);
