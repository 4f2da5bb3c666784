import { afterAll, describe, expect, it } from 'vitest';
import { AppDB } from '../../db/AppDB';
import { acceptInvitation, cancelInvitation } from '../../db/repositories/invitationRepository';
import { newInvitationToken, sendInvitation } from '../../db/repositories/requestRepository';
import { invitationLink } from '../../domain/mailLinks';
import { deadEndAt } from '../progress/outcome';
import { prepareFreshWorld } from '../trainingWorld';
import type { Walkthrough } from '../types';
import { walkthroughBySlug } from '.';

// Issue 11, dead ends: each is detected from the world (and who the learner acts as) on the
// steps it names, never before, and the intended path meets none.

const dbs: AppDB[] = [];
afterAll(async () => {
  await Promise.all(dbs.map((db) => db.delete()));
});
let n = 0;
async function fresh(w: Walkthrough): Promise<AppDB> {
  const db = new AppDB(`dead-ends-${w.slug}-${++n}`);
  dbs.push(db);
  await db.open();
  await prepareFreshWorld(db, w);
  return db;
}
const at = (w: Walkthrough, id: string) => w.steps.findIndex((s) => s.id === id);
const personaOf = (w: Walkthrough, id: string) => w.steps[at(w, id)]!.persona as string;
const token = async (db: AppDB) =>
  (await db.invitations.where('partnerId').equals('fabrikam').last())!.token;

async function request(db: AppDB, keepLink: boolean) {
  const t = newInvitationToken();
  const link = invitationLink(t);
  const sent = await sendInvitation(db, 'u-megan', {
    kind: 'reseller',
    includeAdminRoles: true,
    token: t,
    link,
    to: 'patti@contoso.example',
    draft: { subject: 'Fabrikam', body: keepLink ? `Accept: ${link}` : 'Please accept.' },
  });
  expect(sent.ok).toBe(true);
}

describe('dead ends', () => {
  it('W-REQUEST: Send anyway without the personal link is a dead end on "select the link", not before, and not with the link', async () => {
    const w = walkthroughBySlug('request-relationship')!;
    const db = await fresh(w);
    await request(db, false);
    const patti = personaOf(w, 'follow-link');
    expect((await deadEndAt(w, at(w, 'follow-link'), db, patti))?.id).toBe('link-not-delivered');
    expect((await deadEndAt(w, at(w, 'open-invitation-mail'), db, patti))?.id).toBe(
      'link-not-delivered',
    );
    expect(await deadEndAt(w, at(w, 'send-email'), db, 'u-megan')).toBeUndefined();
    const ok = await fresh(w);
    await request(ok, true);
    expect(await deadEndAt(w, at(w, 'follow-link'), ok, patti)).toBeUndefined();
  });

  it('W-ACCEPT: a really cancelled invitation changes the accept step into a dead end with Back a step', async () => {
    const w = walkthroughBySlug('accept-invitation')!;
    const db = await fresh(w);
    const i = at(w, 'accept');
    expect(await deadEndAt(w, i, db, 'u-patti')).toBeUndefined();
    expect((await cancelInvitation(db, await token(db), 'u-patti')).ok).toBe(true);
    const end = await deadEndAt(w, i, db, 'u-patti');
    expect(end).toMatchObject({ id: 'invitation-cancelled', rule: 'R-MPR-4', recover: 'stepBack' });
    // Accepted instead: the path goes on, no dead end.
    const ok = await fresh(w);
    expect((await acceptInvitation(ok, await token(ok), 'u-patti')).ok).toBe(true);
    expect(await deadEndAt(w, at(w, 'partner-details'), ok, 'u-patti')).toBeUndefined();
  });

  it('W-CANCEL-INVITE: accepting instead of cancelling is a dead end', async () => {
    const w = walkthroughBySlug('cancel-invitation')!;
    const db = await fresh(w);
    expect((await acceptInvitation(db, await token(db), 'u-lee')).ok).toBe(true);
    expect((await deadEndAt(w, at(w, 'cancel'), db, 'u-lee'))?.id).toBe('invitation-accepted');
  });

  it("W-REQUEST: the R-MPR-1 dead end covers Patti's steps only, not Megan's", async () => {
    const w = walkthroughBySlug('request-relationship')!;
    const db = await fresh(w);
    await request(db, true);
    expect((await deadEndAt(w, at(w, 'accept'), db, 'u-isaiah'))?.id).toBe('persona-lacks-role');
    expect(await deadEndAt(w, at(w, 'accept'), db, 'u-lee')).toBeUndefined();
    expect(await deadEndAt(w, at(w, 'customer-listed'), db, 'u-isaiah')).toBeUndefined();
    expect(await deadEndAt(w, at(w, 'send-email'), db, 'u-isaiah')).toBeUndefined();
  });

  it.each([
    'accept-invitation',
    'accept-mca',
    'remove-roles',
    'partner-of-record',
    'cancel-invitation',
  ])(
    '%s: a switch to a persona without the role (R-MPR-1) names whom to switch back to',
    async (slug) => {
      const w = walkthroughBySlug(slug)!;
      const db = await fresh(w);
      const end = w.deadEnds!.find((d) => d.id === 'persona-lacks-role')!;
      const i = at(w, end.from);
      const own = personaOf(w, end.from);
      const tenant = (await db.users.get(own))!.tenantId;
      // Adatum and Alpine Ski House have one admin each: give them a User admin colleague.
      const ownUser = (await db.users.get(own))!;
      if (
        !(await db.users
          .where('tenantId')
          .equals(tenant)
          .filter((u) => u.id !== own)
          .count())
      )
        await db.users.add({
          ...ownUser,
          id: `u-colleague-${tenant}`,
          email: `colleague@${tenant}.example`,
          displayName: 'Colleague',
          roles: ['userAdmin'],
        });
      const others = await db.users.where('tenantId').equals(tenant).toArray();
      const without = others.find(
        (u) => !u.roles.includes('globalAdmin') && !u.roles.includes('billingAdmin'),
      );
      expect(without, `${slug}: a colleague without the role`).toBeDefined();
      expect(await deadEndAt(w, i, db, own)).toBeUndefined();
      expect(await deadEndAt(w, i, db, without!.id)).toMatchObject({
        id: 'persona-lacks-role',
        rule: 'R-MPR-1',
        recover: 'persona',
      });
      // A colleague who holds the role is no dead end; nor is the step before it applies.
      const withRole = others.find((u) => u.id !== own && u.roles.includes('globalAdmin'));
      if (withRole) expect(await deadEndAt(w, i, db, withRole.id)).toBeUndefined();
      if (i > 0) expect(await deadEndAt(w, i - 1, db, without!.id)).toBeUndefined();
    },
  );
});
