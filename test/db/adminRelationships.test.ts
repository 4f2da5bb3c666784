import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '../../src/db/AppDB';
import { ensureWorld, readWorld } from '../../src/db/repositories/worldRepository';
import { advanceClock } from '../../src/db/repositories/clockRepository';
import {
  activatePendingAssignments,
  adminRelationshipsWith,
  approveAdminRelationship,
  assignSecurityGroups,
  checkRequest,
  expiringAdminRelationships,
  loadForReview,
  newAdminRelationshipId,
  pendingApprovalsOf,
  removeRolesByCustomer,
  requestAdminRelationship,
  securityGroupsOfPartner,
  setAutoExtend,
  terminateByPartner,
  type RequestInput,
} from '../../src/db/repositories/adminRelationships';
import { gdapReviewLink } from '../../src/domain/mailLinks';
import { DAY_MS, gdapRolesOf } from '../../src/domain/adminRelationship';
import type { EntraRole } from '../../src/domain/entraRoles';

// The Today edition's GDAP repository (issue 16): every W-GDAP write re-checks its rules, a
// refused one changes nothing (not even a mail), and the simulated clock expires, extends and
// warns (R-GDAP-5, -6, -9). Fabrikam (Megan, Admin agent) resells to Adatum (Enrico, Global
// admin; Fabrikam still holds DAP there) and Alpine Ski House (Brian; no DAP).

let db: AppDB;
let n = 0;
async function today() {
  await db.meta.update('world', { edition: 'today' });
}
beforeEach(async () => {
  db = new AppDB(`gdap-${++n}`);
  await ensureWorld(db, 'default');
});
afterEach(() => db.delete());

const mailTo = (email: string) =>
  db.mail.where('[mailbox+sentAt]').between([email, 0], [email, Infinity]).toArray();
const keysTo = async (email: string) =>
  (await mailTo(email)).map((m) => (m.subject.kind === 'i18n' ? m.subject.key : 'plain'));

async function unchanged<T>(action: () => Promise<T>): Promise<T> {
  const before = await readWorld(db);
  const result = await action();
  expect(await readWorld(db)).toEqual(before);
  return result;
}

function input(over: Partial<RequestInput> & { roles?: EntraRole[]; autoExtend?: boolean } = {}) {
  const relationshipId = over.relationshipId ?? newAdminRelationshipId();
  const link = gdapReviewLink(relationshipId);
  return {
    relationshipId,
    customerId: 'adatum',
    draft: {
      name: 'Helpdesk for Adatum',
      durationDays: 730,
      roles: over.roles ?? ['helpdeskAdministrator', 'directoryReaders'],
      autoExtend: over.autoExtend ?? false,
    },
    to: 'enrico@adatum.example',
    mail: { subject: 'Admin access', body: `Click to review and accept\n${link}` },
    ...over,
  } satisfies RequestInput;
}

async function requested(over: Parameters<typeof input>[0] = {}) {
  const out = await requestAdminRelationship(db, 'u-megan', input(over));
  if (!out.ok) throw new Error(out.key);
  return out.relationship;
}
async function approved(over: Parameters<typeof input>[0] = {}) {
  const r = await requested(over);
  const out = await approveAdminRelationship(db, 'u-enrico', r.id);
  if (!out.ok) throw new Error(out.key);
  return out.relationship;
}

describe('a 2020 world is untouched by GDAP', () => {
  it('refuses every GDAP operation and changes nothing', async () => {
    const refused = { ok: false, key: 'gdap:errors.todayOnly' };
    await unchanged(async () => {
      expect(await requestAdminRelationship(db, 'u-megan', input())).toMatchObject(refused);
      expect(await checkRequest(db, 'u-megan', 'adatum', input().draft)).toMatchObject(refused);
      expect(await approveAdminRelationship(db, 'u-enrico', 'gdap_x')).toMatchObject(refused);
      expect(await setAutoExtend(db, 'u-megan', ['gdap_x'], true)).toMatchObject(refused);
      expect(await terminateByPartner(db, 'u-megan', 'gdap_x')).toMatchObject(refused);
      expect(await removeRolesByCustomer(db, 'u-enrico', 'fabrikam')).toMatchObject(refused);
      expect(await loadForReview(db, 'u-enrico', 'gdap_x')).toMatchObject(refused);
    });
  });
  it('reads and exports without the new table', async () => {
    expect('adminRelationships' in (await readWorld(db))).toBe(false);
  });
});

describe('W-GDAP-REQUEST', () => {
  beforeEach(today);

  it('records the request (Approval pending) and delivers the edited email with the link', async () => {
    const r = await requested();
    expect(r).toMatchObject({
      status: 'approvalPending',
      partnerId: 'fabrikam',
      customerId: 'adatum',
      requestedBy: 'u-megan',
      roles: ['directoryReaders', 'helpdeskAdministrator'],
    });
    const [mail] = await mailTo('enrico@adatum.example').then((m) =>
      m.filter((x) => x.subject.kind === 'plain'),
    );
    expect(mail?.body).toEqual({
      kind: 'plain',
      text: expect.stringContaining(gdapReviewLink(r.id)),
    });
    expect(await pendingApprovalsOf(db, 'adatum')).toHaveLength(1);
    expect(await adminRelationshipsWith(db, 'fabrikam', 'adatum')).toHaveLength(1);
  });

  it.each([
    ['u-alex', 'rules:R-GDAP-2'],
    ['u-adele', 'rules:R-GDAP-2'],
    ['u-enrico', 'rules:R-GDAP-2'],
    ['u-diego', 'gdap:request.errors.notCustomer'],
  ])('R-GDAP-2: %s is refused (%s), nothing stored', async (userId, key) => {
    await unchanged(async () =>
      expect(await requestAdminRelationship(db, userId, input())).toMatchObject({ ok: false, key }),
    );
  });

  it('R-GDAP-3, -4, -5 are re-checked; the link must stay; recipients are the customer’s', async () => {
    await requested();
    const cases: [RequestInput, string][] = [
      [input(), 'gdap:request.errors.name_taken'],
      [
        { ...input(), draft: { ...input().draft, name: 'x'.repeat(51) } },
        'gdap:request.errors.name_tooLong',
      ],
      [
        { ...input(), draft: { ...input().draft, name: 'B', durationDays: 731 } },
        'gdap:request.errors.duration',
      ],
      [
        {
          ...input({ roles: ['globalAdministrator'], autoExtend: true }),
          draft: {
            ...input({ roles: ['globalAdministrator'], autoExtend: true }).draft,
            name: 'C',
          },
        },
        'rules:R-GDAP-5',
      ],
      [
        {
          ...input(),
          draft: { ...input().draft, name: 'D' },
          mail: { subject: 'S', body: 'no link' },
        },
        'gdap:request.errors.linkRemoved',
      ],
      [
        { ...input(), draft: { ...input().draft, name: 'E' }, to: 'patti@contoso.example' },
        'gdap:request.errors.notOfCustomer',
      ],
      [
        { ...input(), draft: { ...input().draft, name: 'F' }, to: 'nobody@adatum.example' },
        'gdap:request.errors.unknownRecipient',
      ],
    ];
    for (const [bad, key] of cases)
      await unchanged(async () =>
        expect(await requestAdminRelationship(db, 'u-megan', bad)).toMatchObject({
          ok: false,
          key,
        }),
      );
    expect(await checkRequest(db, 'u-megan', 'adatum', input().draft)).toMatchObject({
      ok: false,
      ruleId: 'R-GDAP-3',
    });
  });
});

describe('W-GDAP-APPROVE', () => {
  beforeEach(today);

  it('R-GDAP-7: only the customer’s Global admin; exactly the roles, from the approval date', async () => {
    const r = await requested({ roles: ['userAdministrator'] });
    await advanceClock(db, 3);
    for (const userId of ['u-megan', 'u-patti', 'u-brian'])
      await unchanged(async () =>
        expect(await approveAdminRelationship(db, userId, r.id)).toMatchObject({
          ok: false,
          key: 'rules:R-GDAP-7',
        }),
      );
    const { now } = (await db.meta.get('world'))!;
    const out = await approveAdminRelationship(db, 'u-enrico', r.id);
    expect(out).toMatchObject({
      ok: true,
      relationship: {
        status: 'active',
        approvedBy: 'u-enrico',
        approvedAt: now,
        roles: ['userAdministrator'],
        endsAt: now + 730 * DAY_MS,
      },
    });
    expect(await keysTo('enrico@adatum.example')).toContain('mail:gdap.approved.subject');
    expect(await keysTo('megan@fabrikam.example')).toContain('mail:gdap.approved.subject');
    const mail = (await mailTo('megan@fabrikam.example')).find(
      (m) => m.subject.kind === 'i18n' && m.subject.key === 'mail:gdap.approved.subject',
    )!;
    expect(mail.body).toMatchObject({
      params: {
        approver: 'Enrico Cattaneo',
        partner: 'Fabrikam Solutions',
        roles: 'userAdministrator',
      },
    });
    expect(await approveAdminRelationship(db, 'u-enrico', r.id)).toMatchObject({
      ok: false,
      key: 'gdap:approve.errors.alreadyApproved',
    });
  });

  it('R-GDAP-10: the page warns about DAP; approval removes it only when asked, never blocks', async () => {
    const r = await requested();
    const view = await loadForReview(db, 'u-enrico', r.id);
    expect(view).toMatchObject({ ok: true, view: { dapWarning: true } });
    const out = await approveAdminRelationship(db, 'u-enrico', r.id, { removeDap: true });
    expect(out).toMatchObject({ ok: true, dapRemoved: true });
    expect((await db.relationships.get('rel-fabrikam-adatum'))!.adminRoles).toEqual([]);
    const kept = await requested({ draft: { ...input().draft, name: 'Second' } } as never);
    expect(await approveAdminRelationship(db, 'u-enrico', kept.id)).toMatchObject({
      ok: true,
      dapRemoved: false,
    });
  });

  it('another customer’s user can’t even see the request', async () => {
    const r = await requested();
    expect(await loadForReview(db, 'u-brian', r.id)).toMatchObject({
      ok: false,
      key: 'gdap:approve.errors.notFound',
    });
  });
});

describe('W-GDAP-ASSIGN', () => {
  beforeEach(today);

  it('R-GDAP-8: only approved roles, to the partner’s groups; Pending gives no access, Active does', async () => {
    const pending = await requested();
    expect(
      await assignSecurityGroups(db, 'u-megan', pending.id, ['adminAgents'], ['directoryReaders']),
    ).toMatchObject({ ok: false, ruleId: 'R-GDAP-8' });
    await approveAdminRelationship(db, 'u-enrico', pending.id);
    await unchanged(async () => {
      expect(
        await assignSecurityGroups(
          db,
          'u-megan',
          pending.id,
          ['adminAgents'],
          ['globalAdministrator'],
        ),
      ).toMatchObject({ ok: false, key: 'rules:R-GDAP-8' });
      expect(
        await assignSecurityGroups(
          db,
          'u-adele',
          pending.id,
          ['adminAgents'],
          ['directoryReaders'],
        ),
      ).toMatchObject({ ok: false, key: 'rules:R-GDAP-2' });
    });
    const out = await assignSecurityGroups(
      db,
      'u-megan',
      pending.id,
      ['adminAgents', 'helpdeskAgents'],
      ['helpdeskAdministrator'],
    );
    expect(out).toMatchObject({ ok: true });
    const megan = (await db.users.get('u-megan'))!;
    const adele = (await db.users.get('u-adele'))!;
    const rows = () => db.adminRelationships.toArray();
    expect(gdapRolesOf(megan, 'adatum', await rows())).toEqual([]);
    expect(await activatePendingAssignments(db, pending.id)).toMatchObject({
      ok: true,
      activated: 2,
    });
    expect(gdapRolesOf(megan, 'adatum', await rows())).toEqual(['helpdeskAdministrator']);
    expect(gdapRolesOf(adele, 'adatum', await rows())).toEqual(['helpdeskAdministrator']);
    const groups = await securityGroupsOfPartner(db, 'fabrikam');
    expect(groups.find((g) => g.id === 'adminAgents')!.memberIds).toEqual(['u-megan']);
  });

  it('the clock activates assignments left Pending', async () => {
    const r = await approved();
    await assignSecurityGroups(db, 'u-megan', r.id, ['adminAgents'], ['directoryReaders']);
    await advanceClock(db, 1);
    expect((await db.adminRelationships.get(r.id))!.assignments[0]!.status).toBe('active');
  });
});

describe('W-GDAP-EXTEND', () => {
  beforeEach(today);

  it('R-GDAP-5: enables in bulk, skipping Global Administrator; at most 25', async () => {
    const a = await approved();
    const b = await approved({
      roles: ['globalAdministrator'],
      draft: { ...input().draft, name: 'GA', roles: ['globalAdministrator'] },
    } as never);
    const out = await setAutoExtend(db, 'u-megan', [a.id, b.id], true);
    expect(out).toMatchObject({
      ok: true,
      changed: [a.id],
      skipped: [{ id: b.id, refusal: { ruleId: 'R-GDAP-5' } }],
    });
    expect((await db.adminRelationships.get(a.id))!.autoExtend).toBe(true);
    expect(await setAutoExtend(db, 'u-megan', [a.id], false)).toMatchObject({
      ok: true,
      changed: [a.id],
    });
    const many = Array.from({ length: 26 }, (_, i) => `gdap_${i}`);
    expect(await setAutoExtend(db, 'u-megan', many, true)).toMatchObject({
      ok: false,
      ruleId: 'W-GDAP-EXTEND',
    });
    expect(await setAutoExtend(db, 'u-alex', [a.id], true)).toMatchObject({
      ok: false,
      key: 'rules:R-GDAP-2',
    });
  });
});

describe('W-GDAP-TERMINATE-PARTNER and -CUSTOMER', () => {
  beforeEach(today);

  it('the partner terminates: access ends, both are emailed, R-GDAP-9 no second time', async () => {
    const r = await approved();
    await assignSecurityGroups(db, 'u-megan', r.id, ['adminAgents'], ['directoryReaders']);
    await activatePendingAssignments(db, r.id);
    expect(await terminateByPartner(db, 'u-megan', r.id)).toMatchObject({
      ok: true,
      relationship: { status: 'terminated', terminatedBy: 'partner' },
    });
    const megan = (await db.users.get('u-megan'))!;
    expect(gdapRolesOf(megan, 'adatum', await db.adminRelationships.toArray())).toEqual([]);
    expect(await keysTo('enrico@adatum.example')).toContain(
      'mail:gdap.terminatedByPartner.subject',
    );
    expect(await keysTo('megan@fabrikam.example')).toContain(
      'mail:gdap.terminatedByPartner.subject',
    );
    await unchanged(async () => {
      expect(await terminateByPartner(db, 'u-megan', r.id)).toMatchObject({
        ok: false,
        ruleId: 'R-GDAP-9',
      });
      expect(await setAutoExtend(db, 'u-megan', [r.id], true)).toMatchObject({
        skipped: [{ refusal: { ruleId: 'R-GDAP-9' } }],
      });
      expect(await approveAdminRelationship(db, 'u-enrico', r.id)).toMatchObject({
        ok: false,
        ruleId: 'R-GDAP-9',
      });
    });
  });

  it('the customer’s Remove roles terminates the partner’s GDAP relationships; the reseller relationship stays', async () => {
    const r = await approved();
    await unchanged(async () =>
      expect(await removeRolesByCustomer(db, 'u-megan', 'fabrikam')).toMatchObject({
        ok: false,
        ruleId: 'R-GDAP-7',
      }),
    );
    expect(await removeRolesByCustomer(db, 'u-enrico', 'fabrikam')).toMatchObject({
      ok: true,
      terminated: [r.id],
    });
    expect((await db.adminRelationships.get(r.id))!).toMatchObject({
      status: 'terminated',
      terminatedBy: 'customer',
    });
    expect(await db.relationships.get('rel-fabrikam-adatum')).toBeTruthy();
    expect(await keysTo('megan@fabrikam.example')).toContain(
      'mail:gdap.terminatedByCustomer.subject',
    );
    expect(await removeRolesByCustomer(db, 'u-enrico', 'fabrikam')).toMatchObject({
      ok: false,
      key: 'gdap:removeRoles.errors.none',
    });
  });
});

describe('the simulated clock', () => {
  beforeEach(today);

  it('R-GDAP-6: a request not approved within 90 days expires; the partner is told', async () => {
    const r = await requested();
    await advanceClock(db, 89);
    expect((await db.adminRelationships.get(r.id))!.status).toBe('approvalPending');
    await advanceClock(db, 1);
    expect((await db.adminRelationships.get(r.id))!.status).toBe('expired');
    expect(await keysTo('megan@fabrikam.example')).toContain('mail:gdap.requestExpired.subject');
    expect(await approveAdminRelationship(db, 'u-enrico', r.id)).toMatchObject({
      ok: false,
      ruleId: 'R-GDAP-6',
    });
  });

  it('R-GDAP-9: notices at 30, 7 and 1 days to both sides, then expiry at the end date', async () => {
    const r = await approved({ draft: { ...input().draft, durationDays: 40 } } as never);
    const notices = async () =>
      (await keysTo('enrico@adatum.example')).filter((k) => k === 'mail:gdap.expiring.subject')
        .length;
    await advanceClock(db, 9);
    expect(await notices()).toBe(0);
    expect(await expiringAdminRelationships(db, 'fabrikam', 30)).toHaveLength(0);
    await advanceClock(db, 1); // 30 days left
    expect(await notices()).toBe(1);
    expect(await expiringAdminRelationships(db, 'fabrikam', 30)).toHaveLength(1);
    await advanceClock(db, 1);
    expect(await notices()).toBe(1); // not twice
    await advanceClock(db, 22); // 7 days left
    expect(await notices()).toBe(2);
    await advanceClock(db, 6); // 1 day left
    expect(await notices()).toBe(3);
    expect(
      (await keysTo('megan@fabrikam.example')).filter((k) => k === 'mail:gdap.expiring.subject'),
    ).toHaveLength(3);
    await advanceClock(db, 1);
    expect((await db.adminRelationships.get(r.id))!.status).toBe('expired');
    expect(await keysTo('megan@fabrikam.example')).toContain('mail:gdap.expired.subject');
    expect(await keysTo('enrico@adatum.example')).toContain('mail:gdap.expired.subject');
  });

  it('R-GDAP-5: auto extend rolls the end date by 180 days, with no notices', async () => {
    const r = await approved({
      draft: { ...input().draft, durationDays: 10, autoExtend: true },
    } as never);
    await advanceClock(db, 10);
    expect((await db.adminRelationships.get(r.id))!).toMatchObject({
      status: 'active',
      endsAt: r.endsAt! + 180 * DAY_MS,
    });
    await advanceClock(db, 365);
    expect((await db.adminRelationships.get(r.id))!).toMatchObject({
      status: 'active',
      endsAt: r.endsAt! + 3 * 180 * DAY_MS,
    });
    expect(await keysTo('enrico@adatum.example')).not.toContain('mail:gdap.expiring.subject');
  });

  it('a world file round trip keeps the relationships', async () => {
    await approved();
    const world = await readWorld(db);
    expect(world.adminRelationships).toHaveLength(1);
  });
});
