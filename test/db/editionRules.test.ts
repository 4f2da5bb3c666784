import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '../../src/db/AppDB';
import { ensureWorld, readWorld, resetToScenario } from '../../src/db/repositories/worldRepository';
import { sendInvitation } from '../../src/db/repositories/requestRepository';
import { acceptInvitation } from '../../src/db/repositories/invitationRepository';
import { invitationLink } from '../../src/domain/mailLinks';
import {
  answerDelegatedAdmin,
  newOfferToken,
  sendO365Offer,
} from '../../src/db/repositories/o365Repository';
import { o365OfferLink } from '../../src/domain/o365Rules';
import type { Edition } from '../../src/domain/edition';
import type { SendInput } from '../../src/workflows/request-relationship/requestRelationship.machine';

// R-GDAP-1 re-checked in the repositories (issue 16): whatever the page offers, a Today world
// neither records a reseller request with delegated admin privileges nor grants admin roles on
// acceptance. The 2020 world is the control: the same calls behave as they always did.

let db: AppDB;
let n = 0;
async function world(edition: Edition) {
  db = new AppDB(`edition-rules-${++n}`);
  await ensureWorld(db, 'default');
  if (edition === 'today') await db.meta.update('world', { edition: 'today' });
}
afterEach(() => db.delete());

let tokens = 0;
function request(includeAdminRoles: boolean): SendInput {
  const token = `i-edition-token-${++tokens}`;
  const link = invitationLink(token);
  return {
    kind: 'reseller',
    includeAdminRoles,
    token,
    link,
    to: 'patti@contoso.example',
    draft: { subject: 'Reseller request', body: `Select this link:\n${link}` },
  };
}

/** The relationship the request makes between Fabrikam and Contoso, once accepted. */
const fabrikamContoso = () =>
  db.relationships.where('[partnerId+customerId]').equals(['fabrikam', 'contoso']).first();

describe('R-GDAP-1 in the request repository', () => {
  beforeEach(() => world('today'));

  it('refuses a request carrying delegated admin privileges in a Today world, changing nothing', async () => {
    const before = await readWorld(db);
    expect(await sendInvitation(db, 'u-megan', request(true))).toEqual({
      ok: false,
      key: 'rules:R-GDAP-1',
    });
    expect(await readWorld(db)).toEqual(before);
  });

  it('sends a request without them; accepting it grants no admin roles', async () => {
    const input = request(false);
    expect(await sendInvitation(db, 'u-megan', input)).toMatchObject({ ok: true });
    expect(await acceptInvitation(db, input.token, 'u-patti')).toMatchObject({ ok: true });
    const rel = await fabrikamContoso();
    expect(rel).toMatchObject({ adminRoles: [], type: 'reseller' });
  });

  it('an invitation recorded with admin roles (an older world) grants none once the world is Today', async () => {
    await db.meta.update('world', { edition: undefined });
    const input = request(true);
    expect(await sendInvitation(db, 'u-megan', input)).toMatchObject({ ok: true });
    await db.meta.update('world', { edition: 'today' });
    expect(await acceptInvitation(db, input.token, 'u-patti')).toMatchObject({ ok: true });
    const rel = await fabrikamContoso();
    expect(rel?.adminRoles).toEqual([]);
  });
});

describe('the 2020 world is unchanged (control)', () => {
  beforeEach(() => world('2020'));

  it('records the request with DAP and grants Global admin + Helpdesk admin (R-MPR-3)', async () => {
    const input = request(true);
    expect(await sendInvitation(db, 'u-megan', input)).toMatchObject({ ok: true });
    expect(await acceptInvitation(db, input.token, 'u-patti')).toMatchObject({ ok: true });
    const rel = await fabrikamContoso();
    expect(rel?.adminRoles).toEqual(['globalAdmin', 'helpdeskAdmin']);
  });
});

describe('a world is made in an edition and never changes it silently', () => {
  it('a fresh world is seeded in the edition asked for; a stored one keeps its own', async () => {
    db = new AppDB(`edition-seed-${++n}`);
    await ensureWorld(db, 'default', 'today');
    expect((await db.meta.get('world'))?.edition).toBe('today');
    await ensureWorld(db, 'default', '2020');
    expect((await db.meta.get('world'))?.edition).toBe('today');
  });

  it('a 2020 world carries no edition field (the record it always was); a reset chooses the edition', async () => {
    await world('2020');
    expect('edition' in (await db.meta.get('world'))!).toBe(false);
    await resetToScenario(db, 'default', 'today');
    expect((await db.meta.get('world'))?.edition).toBe('today');
    await resetToScenario(db, 'default', '2020');
    expect('edition' in (await db.meta.get('world'))!).toBe(false);
  });
});

// R-GDAP-1 for the Office 365 partner's offers (W-TRIAL / W-OFFER): no offer carries delegated
// administration in a Today world, and no answer grants its roles there.
describe('R-GDAP-1 in the Office 365 offer repository', () => {
  async function sendOffer(includesDelegatedAdmin: boolean) {
    const token = newOfferToken();
    const link = o365OfferLink(token);
    const outcome = await sendO365Offer(db, 'u-pradeep', {
      kind: 'trial',
      services: [{ offerId: 'o365-e3', licenses: '' }],
      includesDelegatedAdmin,
      token,
      link,
      to: 'patti@contoso.example',
      draft: { subject: 'Try Office 365', body: `Start here: ${link}` },
    });
    return { outcome, token };
  }
  const litwareContoso = () =>
    db.relationships.where('[partnerId+customerId]').equals(['litware', 'contoso']).first();

  it('refuses an offer with delegated administration in a Today world, changing nothing', async () => {
    await world('today');
    const before = await readWorld(db);
    expect((await sendOffer(true)).outcome).toEqual({ ok: false, key: 'rules:R-GDAP-1' });
    expect(await readWorld(db)).toEqual(before);
    expect((await sendOffer(false)).outcome).toMatchObject({ ok: true });
  });

  it('an offer recorded with delegated administration (an older world) grants nothing once the world is Today', async () => {
    await world('2020');
    const { outcome, token } = await sendOffer(true);
    expect(outcome).toMatchObject({ ok: true });
    await db.meta.update('world', { edition: 'today' });
    const before = await readWorld(db);
    expect(await answerDelegatedAdmin(db, token, 'u-patti', true)).toEqual({
      ok: false,
      key: 'rules:R-GDAP-1',
    });
    expect(await readWorld(db)).toEqual(before);
    // Declining stays possible: it grants nothing.
    expect(await answerDelegatedAdmin(db, token, 'u-patti', false)).toEqual({ ok: true });
    expect((await litwareContoso())?.adminRoles ?? []).toEqual([]);
  });

  it('the 2020 world keeps the delegated administration offer (control, R-O365-2)', async () => {
    await world('2020');
    const { outcome, token } = await sendOffer(true);
    expect(outcome).toMatchObject({ ok: true });
    expect(await answerDelegatedAdmin(db, token, 'u-patti', true)).toEqual({ ok: true });
    expect((await litwareContoso())?.adminRoles).toEqual(['globalAdmin', 'helpdeskAdmin']);
  });
});
