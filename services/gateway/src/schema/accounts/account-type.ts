import type { Account } from '@iamgate/store';
import { builder } from '../builder.js';

/** A new account, as its creator sees it. */
export const AccountRef = builder.objectRef<Account>('Account').implement({
  description:
    'An account (a tenant) and its root user. The root user signs in with its email and password and should be ' +
    'used only to create the first administrator (`root-user-best-practices.html`).',
  fields: (t) => ({
    accountId: t.exposeString('id', { description: 'The 12-digit account id, never reused.' }),
    accountAlias: t.exposeString('alias', {
      nullable: true,
      description: 'The alias usable instead of the id to sign in, if any.',
    }),
    rootEmail: t.exposeString('rootEmail', { description: "The root user's email address." }),
    rootArn: t.exposeString('rootArn', { description: '`arn:<partition>:iam::<account>:root`.' }),
    createDate: t.expose('createdAt', { type: 'DateTime', description: 'When the account was created.' }),
  }),
});
