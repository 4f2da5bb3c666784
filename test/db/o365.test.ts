import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '../../src/db/AppDB';
import { ensureWorld, readWorld } from '../../src/db/repositories/worldRepository';
import { advanceClock } from '../../src/db/repositories/clockRepository';
import { removeAdminRoles } from '../../src/db/repositories/relationshipRepository';
import {
  acceptOfferServices,
  answerDelegatedAdmin,
  loadOffer,
  newOfferToken,
  sendO365Offer,
  setPartnerOfRecord,
} from '../../src/db/repositories/o365Repository';
import { offersOfPartner, partnerOfRecordPage } from '../../src/db/queries/o365';
import { o365OfferLink, TRIAL_INVITATION_VALID_DAYS } from '../../src/domain/o365Rules';
import type { SendOfferInput } from '../../src/workflows/o365-offer/o365Offer.machine';

// Office 365 partner features on fake-indexeddb: W-TRIAL, W-OFFER, the customer's answer
// (R-O365-2, R-O365-3, R-MPR-1, R-O365-6) and W-POR (R-O365-4). Every refusal is checked to
// leave the whole world unchanged.

let db: AppDB;
let n = 0;
beforeEach(async () => {
  db = new AppDB(`o365-${++n}`);
  await ensureWorld(db, 'default');
});
afterEach(() => db.delete());

async function send(userId: string, over: Partial<SendOfferInput> = {}) {
  const token = over.token ?? newOfferToken();
  const link = o365OfferLink(token);
  const outcome = await sendO365Offer(db, userId, {
    kind: 'trial',
    services: [{ offerId: 'o365-e3', licenses: '' }],
    includesDelegatedAdmin: false,
    token,
    link,
    to: 'patti@contoso.example',
    draft: { subject: 'Try Office 365', body: `Start here: ${link}` },
    ...over,
  });
  return { outcome, token };
}

const mailTo = (email: string) =>
  db.mail.where('[mailbox+sentAt]').between([email, 0], [email, Infinity]).toArray();
const relOf = (partnerId: string, customerId: string) =>
  db.relationships.where('[partnerId+customerId]').equals([partnerId, customerId]).first();

/** Runs `act` and expects it to change nothing stored. */
async function unchanged(act: () => Promise<unknown>) {
  const before = await readWorld(db);
  const result = await act();
  expect(await readWorld(db)).toEqual(before);
  return result;
}

describe('W-TRIAL: Pradeep (Litware) invites Patti (Contoso) to a trial with delegated administration', () => {
  it('sends the offer and the mail with the personal link; Patti starts the trial and authorizes the partner (R-O365-2, R-MPR-3)', async () => {
    const { outcome, token } = await send('u-pradeep', {
      includesDelegatedAdmin: true,
      services: [
        { offerId: 'o365-e3', licenses: '' },
        { offerId: 'exchange-online-p1', licenses: '' },
      ],
    });
    expect(outcome).toEqual({ ok: true, customerName: 'Contoso Ltd' });
    const stored = await db.o365Offers.where('token').equals(token).first();
    expect(stored).toMatchObject({
      kind: 'trial',
      partnerId: 'litware',
      customerId: 'contoso',
      includesDelegatedAdmin: true,
      delegatedAdminState: 'pending',
      state: 'sent',
      trialDays: 30,
    });
    expect(stored!.services).toEqual([
      { offerId: 'o365-e3', licenses: 25 },
      { offerId: 'exchange-online-p1', licenses: 25 },
    ]);
    const [mail] = (await mailTo('patti@contoso.example')).filter(
      (m) => m.fromEmail === 'pradeep@litware.example',
    );
    expect(mail!.body).toEqual({ kind: 'plain', text: `Start here: ${o365OfferLink(token)}` });

    const loaded = await loadOffer(db, token, 'u-patti');
    expect(loaded).toMatchObject({
      ok: true,
      view: { servicesOpen: true, delegatedAdminOpen: true, partner: { name: 'Litware Inc.' } },
    });

    const now = (await db.meta.get('world'))!.now;
    expect(await acceptOfferServices(db, token, 'u-patti')).toEqual({ ok: true });
    const subs = await db.subscriptions.where('tenantId').equals('contoso').toArray();
    expect(subs.filter((s) => s.partnerId === 'litware')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          offerId: 'o365-e3',
          licenses: 25,
          status: 'trial',
          endsAt: now + 30 * 86_400_000,
        }),
        expect.objectContaining({ offerId: 'exchange-online-p1', status: 'trial' }),
      ]),
    );
    // The services are answered once; the delegated administration is still open (answered separately).
    expect(await unchanged(() => acceptOfferServices(db, token, 'u-patti'))).toEqual({
      ok: false,
      key: 'o365:offer.errors.servicesDone',
    });
    expect(await relOf('litware', 'contoso')).toBeUndefined();

    expect(await answerDelegatedAdmin(db, token, 'u-patti', true)).toEqual({ ok: true });
    expect(await relOf('litware', 'contoso')).toMatchObject({
      type: 'delegatedAdmin',
      adminRoles: ['globalAdmin', 'helpdeskAdmin'],
      source: 'o365',
      partnerOfRecord: false,
    });
    expect((await relOf('litware', 'contoso'))!.resellerOf).toBeUndefined();
    const told = (await mailTo('pradeep@litware.example')).map((m) => m.subject);
    expect(told).toContainEqual({
      kind: 'i18n',
      key: 'o365:mail.trialAccepted.subject',
      params: { customer: 'Contoso Ltd' },
    });
    expect(told).toContainEqual({
      kind: 'i18n',
      key: 'o365:mail.delegatedAdminAccepted.subject',
      params: { customer: 'Contoso Ltd' },
    });
    // Both parts answered: the link is used.
    expect(await loadOffer(db, token, 'u-patti')).toMatchObject({
      ok: true,
      view: { used: true, servicesOpen: false, delegatedAdminOpen: false },
    });
    expect(await offersOfPartner(db, 'litware')).toMatchObject([
      { customerName: 'Contoso Ltd', state: 'accepted', delegatedAdminState: 'accepted' },
    ]);
  });

  it('without delegated administration: the trial starts, no relationship is created', async () => {
    const { token } = await send('u-pradeep');
    expect(await acceptOfferServices(db, token, 'u-lee')).toEqual({ ok: true });
    expect(await relOf('litware', 'contoso')).toBeUndefined();
    expect(await unchanged(() => answerDelegatedAdmin(db, token, 'u-patti', true))).toEqual({
      ok: false,
      key: 'o365:offer.blocks.used',
    });
  });

  it('the customer can decline delegated administration and still start the trial', async () => {
    const { token } = await send('u-pradeep', { includesDelegatedAdmin: true });
    expect(await answerDelegatedAdmin(db, token, 'u-patti', false)).toEqual({ ok: true });
    expect(await db.o365Offers.where('token').equals(token).first()).toMatchObject({
      delegatedAdminState: 'declined',
      state: 'sent',
    });
    expect(await relOf('litware', 'contoso')).toBeUndefined();
    expect(await acceptOfferServices(db, token, 'u-patti')).toEqual({ ok: true });
  });
});

describe('W-TRIAL / W-OFFER: bad input is refused and nothing changes', () => {
  it('R-O365-1: Proseware cannot offer delegated administration (but can send a trial)', async () => {
    expect(
      (await unchanged(() => send('u-nestor', { includesDelegatedAdmin: true }))) as object,
    ).toMatchObject({ outcome: { ok: false, key: 'rules:R-O365-1' } });
    expect((await send('u-nestor')).outcome).toEqual({ ok: true, customerName: 'Contoso Ltd' });
  });

  it('R-IND-7: a partner outside the Office 365 programs (Fabrikam) cannot send offers', async () => {
    expect((await unchanged(() => send('u-megan'))) as object).toMatchObject({
      outcome: { ok: false, key: 'rules:R-IND-7' },
    });
  });

  it.each([
    ['no service', { services: [] }, 'o365:send.errors.invalidServices'],
    [
      'a service twice',
      {
        services: [
          { offerId: 'o365-e3', licenses: '' },
          { offerId: 'o365-e3', licenses: '' },
        ],
      },
      'o365:send.errors.invalidServices',
    ],
    [
      'Azure in a trial',
      { services: [{ offerId: 'azure-plan', licenses: '' }] },
      'o365:send.errors.invalidServices',
    ],
    [
      'zero licences',
      { kind: 'purchase', services: [{ offerId: 'o365-e3', licenses: '0' }] },
      'o365:send.errors.invalidServices',
    ],
    [
      'negative licences',
      { kind: 'purchase', services: [{ offerId: 'o365-e3', licenses: '-3' }] },
      'o365:send.errors.invalidServices',
    ],
    [
      'fractional licences',
      { kind: 'purchase', services: [{ offerId: 'o365-e3', licenses: '2.5' }] },
      'o365:send.errors.invalidServices',
    ],
    [
      'huge licences',
      { kind: 'purchase', services: [{ offerId: 'o365-e3', licenses: '1000000' }] },
      'o365:send.errors.invalidServices',
    ],
    ['no recipient', { to: '' }, 'o365:send.errors.invalidMail'],
    ['a malformed address', { to: 'patti-at-contoso' }, 'o365:send.errors.invalidMail'],
    ['an unknown address', { to: 'nobody@contoso.example' }, 'o365:send.errors.unknownRecipient'],
    [
      'two organizations',
      { to: 'patti@contoso.example; enrico@adatum.example' },
      'o365:send.errors.severalCustomers',
    ],
    ['a partner', { to: 'nestor@proseware.example' }, 'o365:send.errors.notCustomer'],
    [
      'R-O365-6: Coho Winery (21Vianet)',
      { to: 'lynne@cohowinery.example' },
      'o365:send.errors.unavailable21v',
    ],
    [
      'another cloud (Germany)',
      { to: 'johanna@wideworldimporters.example' },
      'o365:send.errors.otherCloud',
    ],
    [
      'another cloud (US Government)',
      { to: 'joni@fourthcoffee.example' },
      'o365:send.errors.otherCloud',
    ],
  ] as const)('%s', async (_, over, key) => {
    const r = (await unchanged(() => send('u-pradeep', over as Partial<SendOfferInput>))) as {
      outcome: { ok: boolean; key?: string };
    };
    expect(r.outcome).toMatchObject({ ok: false, key });
  });

  it('R-O365-2: the mail must carry the personal link', async () => {
    const r = (await unchanged(() =>
      send('u-pradeep', { draft: { subject: 'Try', body: 'The link is gone' } }),
    )) as { outcome: object };
    expect(r.outcome).toEqual({ ok: false, key: 'o365:send.errors.linkMissing' });
  });
});

describe('W-OFFER: a purchase offer with licence counts', () => {
  it('accepting creates paid subscriptions with those counts, associated with the partner', async () => {
    const { outcome, token } = await send('u-pradeep', {
      kind: 'purchase',
      services: [
        { offerId: 'o365-e3', licenses: '40' },
        { offerId: 'm365-business-standard', licenses: ' 7 ' },
      ],
    });
    expect(outcome).toMatchObject({ ok: true });
    expect(await acceptOfferServices(db, token, 'u-patti')).toEqual({ ok: true });
    const subs = (await db.subscriptions.where('tenantId').equals('contoso').toArray()).filter(
      (s) => s.partnerId === 'litware',
    );
    expect(subs.map((s) => [s.offerId, s.licenses, s.status]).sort()).toEqual([
      ['m365-business-standard', 7, 'active'],
      ['o365-e3', 40, 'active'],
    ]);
    // Purchase offers don't expire; this one is used.
    await advanceClock(db, 365);
    expect(await loadOffer(db, token, 'u-patti')).toMatchObject({
      ok: true,
      view: { used: true, state: 'accepted' },
    });
    expect(await unchanged(() => acceptOfferServices(db, token, 'u-patti'))).toEqual({
      ok: false,
      key: 'o365:offer.blocks.used',
    });
  });
});

describe('The offer link: who may answer, and when', () => {
  it('an expired trial invitation cannot be started and shows as expired', async () => {
    const { token } = await send('u-pradeep', { includesDelegatedAdmin: true });
    await advanceClock(db, TRIAL_INVITATION_VALID_DAYS - 1);
    expect(await loadOffer(db, token, 'u-patti')).toMatchObject({ ok: true });
    await advanceClock(db, 1);
    expect(await loadOffer(db, token, 'u-patti')).toEqual({ ok: false, block: { key: 'expired' } });
    expect(await unchanged(() => acceptOfferServices(db, token, 'u-patti'))).toEqual({
      ok: false,
      key: 'o365:offer.blocks.expired',
    });
    expect(await unchanged(() => answerDelegatedAdmin(db, token, 'u-patti', true))).toEqual({
      ok: false,
      key: 'o365:offer.blocks.expired',
    });
    expect(await offersOfPartner(db, 'litware')).toMatchObject([{ state: 'expired' }]);
  });

  it('a started trial ends by the clock', async () => {
    const { token } = await send('u-pradeep');
    await acceptOfferServices(db, token, 'u-patti');
    await advanceClock(db, 30);
    const sub = (await db.subscriptions.where('tenantId').equals('contoso').toArray()).find(
      (s) => s.partnerId === 'litware',
    );
    const { subscriptionStatusAt } = await import('../../src/domain/o365Rules');
    expect(subscriptionStatusAt(sub!, (await db.meta.get('world'))!.now)).toBe('expired');
  });

  it.each([
    ['R-MPR-1: a User admin', 'u-isaiah', { key: 'role', ruleId: 'R-MPR-1' }],
    ['another customer', 'u-enrico', { key: 'otherTenant' }],
    ['partner staff', 'u-pradeep', { key: 'partnerPersona' }],
    ['R-O365-6: 21Vianet', 'u-lynne', { key: 'unavailable21v', ruleId: 'R-O365-6' }],
  ])('%s is refused and nothing changes', async (_, userId, block) => {
    const { token } = await send('u-pradeep', { includesDelegatedAdmin: true });
    expect(await loadOffer(db, token, userId)).toEqual({ ok: false, block });
    expect(await unchanged(() => acceptOfferServices(db, token, userId))).toMatchObject({
      ok: false,
    });
    expect(await unchanged(() => answerDelegatedAdmin(db, token, userId, true))).toMatchObject({
      ok: false,
    });
  });

  it('an unknown link', async () => {
    expect(await loadOffer(db, 'o_doesnotexist', 'u-patti')).toEqual({
      ok: false,
      block: { key: 'notFound' },
    });
    expect(await unchanged(() => acceptOfferServices(db, 'o_doesnotexist', 'u-patti'))).toEqual({
      ok: false,
      key: 'o365:offer.blocks.notFound',
    });
  });
});

describe('R-O365-3: one delegated administration partner through Office 365 offers', () => {
  it('a second partner is refused with the current one named; after Remove roles it can be authorized', async () => {
    const litware = await send('u-pradeep', { includesDelegatedAdmin: true });
    expect(await answerDelegatedAdmin(db, litware.token, 'u-patti', true)).toEqual({ ok: true });

    const firstUp = await send('u-allan', { includesDelegatedAdmin: true });
    expect(firstUp.outcome).toMatchObject({ ok: true });
    expect(await loadOffer(db, firstUp.token, 'u-patti')).toMatchObject({
      ok: true,
      view: { otherDelegatedAdmin: { partnerId: 'litware', name: 'Litware Inc.' } },
    });
    expect(await unchanged(() => answerDelegatedAdmin(db, firstUp.token, 'u-patti', true))).toEqual(
      {
        ok: false,
        key: 'o365:offer.errors.oneDelegatedAdmin',
        params: {
          partner: 'Litware Inc.',
          customer: 'Contoso Ltd',
          offering: 'First Up Consultants',
        },
      },
    );
    // Its services can still be accepted: the two answers are separate (R-O365-2).
    expect(await acceptOfferServices(db, firstUp.token, 'u-patti')).toEqual({ ok: true });

    // W-REMOVE-ROLES on Litware, then First Up can be authorized.
    const rel = (await relOf('litware', 'contoso'))!;
    expect(await removeAdminRoles(db, 'u-patti', rel.id)).toEqual({ ok: true });
    expect(await answerDelegatedAdmin(db, firstUp.token, 'u-patti', true)).toEqual({ ok: true });
    expect(await relOf('firstupconsultants', 'contoso')).toMatchObject({
      type: 'delegatedAdmin',
      source: 'o365',
    });
  });

  it("CSP delegated admin privileges don't count: Adatum (Fabrikam, CSP with DAP) can authorize Litware", async () => {
    const { token } = await send('u-pradeep', {
      includesDelegatedAdmin: true,
      to: 'enrico@adatum.example',
    });
    expect(await answerDelegatedAdmin(db, token, 'u-enrico', true)).toEqual({ ok: true });
    expect(await relOf('litware', 'adatum')).toMatchObject({
      adminRoles: ['globalAdmin', 'helpdeskAdmin'],
    });
    expect(await relOf('fabrikam', 'adatum')).toMatchObject({ type: 'resellerAndDelegatedAdmin' });
  });
});

describe('W-POR, R-O365-4: partner of record', () => {
  it('set from the list (a relationship of type partner, no roles), then changed by MPN ID to the delegated administrator', async () => {
    expect(await setPartnerOfRecord(db, 'u-patti', { by: 'list', partnerId: 'proseware' })).toEqual(
      { ok: true, partnerName: 'Proseware' },
    );
    expect(await relOf('proseware', 'contoso')).toMatchObject({
      type: 'partner',
      adminRoles: [],
      partnerOfRecord: true,
    });
    expect((await partnerOfRecordPage(db, 'contoso')).current).toEqual({
      tenantId: 'proseware',
      name: 'Proseware',
      mpnId: '4649006',
    });
    expect((await mailTo('nestor@proseware.example')).map((m) => m.subject)).toContainEqual({
      kind: 'i18n',
      key: 'o365:mail.partnerOfRecord.subject',
      params: { customer: 'Contoso Ltd' },
    });

    // Litware administers Contoso; designating it partner of record is a separate choice.
    const { token } = await send('u-pradeep', { includesDelegatedAdmin: true });
    await answerDelegatedAdmin(db, token, 'u-patti', true);
    expect(await setPartnerOfRecord(db, 'u-lee', { by: 'mpn', mpnId: ' 4649005 ' })).toEqual({
      ok: true,
      partnerName: 'Litware Inc.',
    });
    expect(await relOf('litware', 'contoso')).toMatchObject({
      partnerOfRecord: true,
      adminRoles: ['globalAdmin', 'helpdeskAdmin'],
      type: 'delegatedAdmin',
    });
    expect(await relOf('proseware', 'contoso')).toMatchObject({
      partnerOfRecord: false,
      adminRoles: [],
    });
    const rels = await db.relationships.where('customerId').equals('contoso').toArray();
    expect(rels.filter((r) => r.partnerOfRecord)).toHaveLength(1);
  });

  it('partner of record and delegated administrator can be different partners', async () => {
    const { token } = await send('u-pradeep', { includesDelegatedAdmin: true });
    await answerDelegatedAdmin(db, token, 'u-patti', true);
    await setPartnerOfRecord(db, 'u-patti', { by: 'list', partnerId: 'firstupconsultants' });
    const page = await partnerOfRecordPage(db, 'contoso');
    expect(page.current?.name).toBe('First Up Consultants');
    expect(page.delegatedAdmins.map((p) => p.name)).toEqual(['Litware Inc.']);
    // The customer's cloud only: Relecloud (Germany) and Trey Research (US Government) are not offered.
    expect(page.candidates.map((p) => p.name)).toEqual([
      'Fabrikam Solutions',
      'First Up Consultants',
      'Litware Inc.',
      'Northwind Distribution',
      'Proseware',
    ]);
  });

  it.each([
    ['empty MPN ID', 'u-patti', { by: 'mpn', mpnId: '' }, 'o365:por.errors.mpn.required'],
    ['letters', 'u-patti', { by: 'mpn', mpnId: '46a9' }, 'o365:por.errors.mpn.format'],
    ['markup', 'u-patti', { by: 'mpn', mpnId: '<b>1</b>' }, 'o365:por.errors.mpn.format'],
    ['too long', 'u-patti', { by: 'mpn', mpnId: '1234567890123' }, 'o365:por.errors.mpn.tooLong'],
    ['no such MPN ID', 'u-patti', { by: 'mpn', mpnId: '1111111' }, 'o365:por.errors.mpnUnknown'],
    [
      'a partner of another cloud',
      'u-patti',
      { by: 'mpn', mpnId: '4649003' },
      'o365:por.errors.otherCloud',
    ],
    [
      'not a partner',
      'u-patti',
      { by: 'list', partnerId: 'adatum' },
      'o365:por.errors.partnerUnknown',
    ],
    ['R-MPR-1: a User admin', 'u-isaiah', { by: 'list', partnerId: 'litware' }, 'rules:R-MPR-1'],
    ['R-O365-6: 21Vianet', 'u-lynne', { by: 'list', partnerId: 'litware' }, 'rules:R-O365-6'],
  ] as const)('%s is refused and nothing changes', async (_, userId, choice, key) => {
    expect(await unchanged(() => setPartnerOfRecord(db, userId, choice))).toMatchObject({
      ok: false,
      key,
    });
  });

  it('choosing the current partner of record again changes nothing', async () => {
    await setPartnerOfRecord(db, 'u-patti', { by: 'list', partnerId: 'litware' });
    expect(
      await unchanged(() =>
        setPartnerOfRecord(db, 'u-patti', { by: 'list', partnerId: 'litware' }),
      ),
    ).toEqual({
      ok: false,
      key: 'o365:por.errors.already',
      params: { partner: 'Litware Inc.' },
    });
  });
});
