import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '../../db/AppDB';
import { ensureWorld } from '../../db/repositories/worldRepository';
import { cancelInvitation as cancelRepo } from '../../db/repositories/invitationRepository';
import { cancelInvitation, fabrikamInvitations } from './cancel-invitation';

// W-CANCEL-INVITE: the setup puts Fabrikam's invitation (asking for admin roles) in Lee's
// mailbox; the confirm step is done exactly when the invitation is cancelled (R-MPR-4).

let db: AppDB;
let n = 0;
beforeEach(async () => {
  db = new AppDB(`wt-cancel-invitation-${++n}`);
  await ensureWorld(db, 'default');
  await cancelInvitation.setup?.(db);
});
afterEach(() => db.delete());

const step = (id: string) => cancelInvitation.steps.find((s) => s.id === id)!;

describe('cancel-invitation walkthrough', () => {
  it('setup: Fabrikam invited Contoso with admin roles; the mail is the newest in Lee’s inbox', async () => {
    const [inv, ...more] = await fabrikamInvitations(db);
    expect(more).toHaveLength(0);
    expect(inv).toMatchObject({ state: 'sent', includesAdminRoles: true, linkDelivered: true });
    const [newest] = await db.mail
      .where('[mailbox+sentAt]')
      .between(['lee@contoso.example', -Infinity], ['lee@contoso.example', Infinity])
      .reverse()
      .toArray();
    expect(newest).toMatchObject({
      invitationId: inv!.id,
      subject: { kind: 'i18n', key: 'mail:seeded.invitation.subject' },
    });
  });

  it('the confirm step is done once the invitation is cancelled; nothing is granted', async () => {
    const done = step('confirm').done.world!;
    expect(await done(db)).toBe(false);
    const [inv] = await fabrikamInvitations(db);
    expect(await cancelRepo(db, inv!.token, 'u-lee')).toEqual({ ok: true });
    expect(await done(db)).toBe(true);
    expect(
      await db.relationships
        .where('[partnerId+customerId]')
        .equals(['fabrikam', 'contoso'])
        .count(),
    ).toBe(0);
  });
});
