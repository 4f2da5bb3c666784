import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '../../db/AppDB';
import { ensureWorld } from '../../db/repositories/worldRepository';
import { setPartnerOfRecord } from '../../db/repositories/o365Repository';
import { contosoPartnerOfRecord, partnerOfRecord } from './partner-of-record';

// W-POR (R-O365-4): Proseware from the list, then Litware Inc. by MPN ID; each form step is
// done exactly when that partner is Contoso's (only) partner of record.

let db: AppDB;
let n = 0;
beforeEach(async () => {
  db = new AppDB(`wt-partner-of-record-${++n}`);
  await ensureWorld(db, 'default');
  await partnerOfRecord.setup?.(db);
});
afterEach(() => db.delete());

const step = (id: string) => partnerOfRecord.steps.find((s) => s.id === id)!;

describe('partner-of-record walkthrough', () => {
  it('the form steps are done in turn: Proseware from the list, then Litware Inc. by MPN ID', async () => {
    const fromList = step('choose-from-list').done.world!;
    const byMpn = step('enter-mpn-id').done.world!;
    expect(await contosoPartnerOfRecord(db)).toBeUndefined();
    expect(await fromList(db)).toBe(false);
    expect(
      await setPartnerOfRecord(db, 'u-patti', { by: 'list', partnerId: 'proseware' }),
    ).toMatchObject({ ok: true });
    expect(await fromList(db)).toBe(true);
    expect(await byMpn(db)).toBe(false);
    expect(await setPartnerOfRecord(db, 'u-patti', { by: 'mpn', mpnId: '4649005' })).toMatchObject({
      ok: true,
    });
    expect(await byMpn(db)).toBe(true);
    const rels = await db.relationships.where('customerId').equals('contoso').toArray();
    expect(rels.filter((r) => r.partnerOfRecord).map((r) => r.partnerId)).toEqual(['litware']);
  });
});
