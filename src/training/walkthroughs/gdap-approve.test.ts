import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '../../db/AppDB';
import { ensureWorld } from '../../db/repositories/worldRepository';
import { approveAdminRelationship } from '../../db/repositories/adminRelationships';
import { TODAY_PENDING_ID } from '../../db/scenarios/today';
import { readOutcome } from '../progress/outcome';
import { missedOutcome } from '../progress/scoring';
import { isExpectedMail } from './commonSteps';
import { GDAP_REQUEST_MAIL, gdapApprove, requestApproved } from './gdap-approve';

// W-GDAP-APPROVE walkthrough (Today edition): the seeded request mail is the one to open, the
// approve step is done once Enrico approved (R-GDAP-7), not when someone else tried, and the
// goal asks for the DAP removal too (R-GDAP-10).

let db: AppDB;
let n = 0;
beforeEach(async () => {
  db = new AppDB(`wt-gdap-approve-${++n}`);
  await ensureWorld(db, 'default', gdapApprove.edition);
});
afterEach(() => db.delete());

const approve = gdapApprove.steps.find((s) => s.id === 'approve-all')!;

describe('gdap-approve walkthrough', () => {
  it('opens the request mail in Enrico’s mailbox, not another message', async () => {
    const box = await db.mail.where('mailbox').equals('enrico@adatum.example').toArray();
    const request = box.filter(
      (m) => m.subject.kind === 'i18n' && m.subject.key === GDAP_REQUEST_MAIL,
    );
    expect(request).toHaveLength(1);
    expect(await isExpectedMail(db, request[0]!.id, GDAP_REQUEST_MAIL)).toBe(true);
    for (const other of box.filter((m) => m.id !== request[0]!.id))
      expect(await isExpectedMail(db, other.id, GDAP_REQUEST_MAIL)).toBe(false);
  });

  it('approve-all is done once Enrico approved; a refused approval (not a Global admin) is not', async () => {
    expect(await approve.done.world!(db)).toBe(false);
    const refused = await approveAdminRelationship(db, 'u-megan', TODAY_PENDING_ID);
    expect(refused.ok).toBe(false);
    expect(await approve.done.world!(db)).toBe(false);
    const out = await approveAdminRelationship(db, 'u-enrico', TODAY_PENDING_ID, {
      removeDap: true,
    });
    expect(out.ok).toBe(true);
    expect(await requestApproved(db)).toBe(true);
    expect(missedOutcome(await readOutcome(gdapApprove, db))).toEqual([]);
  });

  it('outcome: approving without removing DAP misses the R-GDAP-10 fact', async () => {
    await approveAdminRelationship(db, 'u-enrico', TODAY_PENDING_ID, { removeDap: false });
    expect(missedOutcome(await readOutcome(gdapApprove, db)).map((f) => f.id)).toEqual([
      'dap-removed',
    ]);
  });
});
