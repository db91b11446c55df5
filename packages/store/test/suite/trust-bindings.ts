import { describe, expect, it } from 'vitest';
import { expectCode, type GetStore, newAccount, trust } from './helpers.js';

/** A user/role/account id no account of the store has: generated account ids never start with 0. */
const FOREIGN_ACCOUNT = '012345678901';

/** The `AWS` principals of the first statement of a trust policy (JSON text). */
function awsOf(text: string): unknown {
  return JSON.parse(text).Statement[0].Principal.AWS;
}

/**
 * Trust policies name users and roles by identity, as AWS stores them: "When you save the policy, AWS transforms
 * the ARN to a unique principal ID ... if you delete and recreate a user or role referenced in a trust policy's
 * Principal element, you must edit the role to replace the ARN" (IAM/latest/UserGuide/
 * reference_policies_elements_principal.html, "IAM role principals" and "IAM user principals").
 */
export function trustBindingsSuite(store: GetStore) {
  describe('trust policy principals bound to unique ids (reference_policies_elements_principal.html)', () => {
    it('binds user and role ARNs to their ids when saved and keeps the text as submitted', async () => {
      const { id: acct } = await newAccount(store());
      const alice = await store().users.create(acct, { name: 'alice', path: '/eng/' });
      const ops = await store().roles.create(acct, { name: 'Ops', assumeRolePolicyDocument: trust(acct) });
      const kept = [
        acct,
        `arn:iamgate:iam::${acct}:root`,
        `arn:iamgate:sts::${acct}:assumed-role/Ops/any-session`,
        `arn:iamgate:iam::${FOREIGN_ACCOUNT}:user/someone`,
        `arn:aws:iam::${acct}:user/eng/alice`,
      ];
      const text = JSON.stringify(trust([alice.arn, ops.arn, ...kept]), null, 2);
      const role = await store().roles.create(acct, { name: 'R', assumeRolePolicyDocument: text });
      expect(role.assumeRolePolicyDocument).toBe(text);
      expect(awsOf(role.boundTrustPolicy)).toEqual([alice.id, ops.id, ...kept]);
      expect((await store().roles.get(acct, 'R')).boundTrustPolicy).toBe(role.boundTrustPolicy);
    });

    // A Deny naming a user is bound like an Allow (trust policies have no NotPrincipal: the engine refuses it).
    it('binds the principals of every statement, and leaves a policy naming no user or role as it is', async () => {
      const { id: acct } = await newAccount(store());
      const bob = await store().users.create(acct, { name: 'bob' });
      const document = {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { AWS: acct }, Action: 'sts:AssumeRole' },
          { Effect: 'Deny', Principal: { AWS: [bob.arn, acct] }, Action: 'sts:AssumeRole' },
        ],
      };
      const role = await store().roles.create(acct, { name: 'R', assumeRolePolicyDocument: document });
      expect(JSON.parse(role.boundTrustPolicy).Statement[1].Principal.AWS).toEqual([bob.id, acct]);
      const plain = await store().roles.create(acct, { name: 'P', assumeRolePolicyDocument: trust(acct) });
      expect(plain.boundTrustPolicy).toBe(plain.assumeRolePolicyDocument);
    });

    // AWS refuses a trust policy naming a user or role that does not exist ("Invalid principal in policy").
    it('refuses user and role ARNs of an account of this installation that name no entity', async () => {
      const { id: acct } = await newAccount(store());
      const alice = await store().users.create(acct, { name: 'alice', path: '/eng/' });
      const missing = [
        `arn:iamgate:iam::${acct}:user/ghost`,
        `arn:iamgate:iam::${acct}:user/alice`, // wrong path
        `arn:iamgate:iam::${acct}:user/eng/ALICE`, // names compare exactly, as getByArn
        `arn:iamgate:iam::${acct}:role/Self`, // a role cannot trust itself before it exists
      ];
      for (const [i, arn] of missing.entries()) {
        const error = await expectCode(
          store().roles.create(acct, { name: 'Self', assumeRolePolicyDocument: trust([alice.arn, arn]) }),
          'MalformedPolicyDocument',
        );
        expect(error.findings, `${i}`).toEqual([
          expect.objectContaining({ code: 'PRINCIPAL_NOT_FOUND', path: '/Statement/0/Principal/AWS/1' }),
        ]);
      }
      await store().roles.create(acct, { name: 'Self', assumeRolePolicyDocument: trust(acct) });
      const self = await store().roles.updateAssumeRolePolicy(
        acct,
        'Self',
        trust(`arn:iamgate:iam::${acct}:role/Self`),
      );
      expect(awsOf(self.boundTrustPolicy)).toBe(self.id);
    });

    it('shows a renamed or moved user by its current ARN, and still evaluates it by id', async () => {
      const { id: acct } = await newAccount(store());
      const alice = await store().users.create(acct, { name: 'alice' });
      await store().roles.create(acct, { name: 'R', assumeRolePolicyDocument: trust(alice.arn) });
      await store().users.update(acct, 'alice', { newName: 'alicia', newPath: '/ops/' });
      const role = await store().roles.get(acct, 'R');
      expect(awsOf(role.assumeRolePolicyDocument)).toBe(`arn:iamgate:iam::${acct}:user/ops/alicia`);
      expect(awsOf(role.boundTrustPolicy)).toBe(alice.id);
    });

    it('shows the id once the user is deleted, and a new user with the same name does not take its place', async () => {
      const { id: acct } = await newAccount(store());
      const bob = await store().users.create(acct, { name: 'bob' });
      const ops = await store().roles.create(acct, { name: 'Ops', assumeRolePolicyDocument: trust(acct) });
      await store().roles.create(acct, { name: 'R', assumeRolePolicyDocument: trust([bob.arn, ops.arn]) });
      await store().users.delete(acct, 'bob');
      await store().roles.delete(acct, 'Ops');
      const newBob = await store().users.create(acct, { name: 'bob' });
      expect(newBob.arn).toBe(bob.arn);
      const role = await store().roles.get(acct, 'R');
      expect(awsOf(role.assumeRolePolicyDocument)).toEqual([bob.id, ops.id]);
      expect(awsOf(role.boundTrustPolicy)).toEqual([bob.id, ops.id]);
      const listed = (await store().roles.list(acct)).edges.map((e) => e.node);
      expect(listed.find((r) => r.name === 'R')?.assumeRolePolicyDocument).toBe(
        role.assumeRolePolicyDocument,
      );
      // Saving the ARN again binds the new user, as AWS asks ("you must edit the role to replace the ARN").
      const rebound = await store().roles.updateAssumeRolePolicy(acct, 'R', trust(bob.arn));
      expect(awsOf(rebound.boundTrustPolicy)).toBe(newBob.id);
    });

    it('accepts a shown orphaned id when the policy is saved back, but no made-up or foreign id', async () => {
      const a = await newAccount(store());
      const b = await newAccount(store());
      const bob = await store().users.create(a.id, { name: 'bob' });
      const carol = await store().users.create(a.id, { name: 'carol' });
      const dave = await store().users.create(b.id, { name: 'dave' });
      await store().roles.create(a.id, { name: 'R', assumeRolePolicyDocument: trust(bob.arn) });
      await store().users.delete(a.id, 'bob');
      const shown = (await store().roles.get(a.id, 'R')).assumeRolePolicyDocument;
      expect(awsOf(shown)).toBe(bob.id);
      const saved = await store().roles.updateAssumeRolePolicy(a.id, 'R', shown);
      expect(awsOf(saved.assumeRolePolicyDocument)).toBe(bob.id);
      // An existing user's id of the role's account is bound like its ARN and shown as the ARN.
      const byId = await store().roles.updateAssumeRolePolicy(a.id, 'R', trust([bob.id, carol.id]));
      expect(awsOf(byId.assumeRolePolicyDocument)).toEqual([bob.id, carol.arn]);
      for (const id of ['AIDAMADEUPMADEUPMADEU', dave.id]) {
        const error = await expectCode(
          store().roles.updateAssumeRolePolicy(a.id, 'R', trust(id)),
          'MalformedPolicyDocument',
        );
        expect(error.findings).toEqual([
          expect.objectContaining({ code: 'UNKNOWN_PRINCIPAL_ID', path: '/Statement/0/Principal/AWS' }),
        ]);
      }
      // The orphaned id is only good where it is shown.
      const copied = await expectCode(
        store().roles.create(a.id, { name: 'Copy', assumeRolePolicyDocument: shown }),
        'MalformedPolicyDocument',
      );
      expect(copied.findings).toEqual([expect.objectContaining({ code: 'UNKNOWN_PRINCIPAL_ID' })]);
    });

    it('binds a user of another account by its ARN, shown as written while it exists and by id once deleted', async () => {
      const a = await newAccount(store());
      const b = await newAccount(store());
      const dave = await store().users.create(b.id, { name: 'dave' });
      const role = await store().roles.create(a.id, { name: 'R', assumeRolePolicyDocument: trust(dave.arn) });
      expect(awsOf(role.boundTrustPolicy)).toBe(dave.id);
      await expectCode(
        store().roles.create(a.id, {
          name: 'R2',
          assumeRolePolicyDocument: trust(`arn:iamgate:iam::${b.id}:user/nobody`),
        }),
        'MalformedPolicyDocument',
      );
      // B renames and moves dave: A's role still trusts him (by id), but A is not shown B's new name and path.
      await store().users.update(b.id, 'dave', { newName: 'david', newPath: '/b-secret/' });
      expect(awsOf((await store().roles.get(a.id, 'R')).assumeRolePolicyDocument)).toBe(dave.arn);
      expect(awsOf((await store().roles.get(a.id, 'R')).boundTrustPolicy)).toBe(dave.id);
      await store().users.delete(b.id, 'david');
      expect(awsOf((await store().roles.get(a.id, 'R')).assumeRolePolicyDocument)).toBe(dave.id);
    });
  });
}
