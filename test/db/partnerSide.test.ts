import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '../../src/db/AppDB';
import { ensureWorld, readWorld } from '../../src/db/repositories/worldRepository';
import { sendInvitation } from '../../src/db/repositories/requestRepository';
import {
  addAzureSubscription,
  addCustomerUser,
  addLicenses,
  openServiceRequest,
  removeCustomerRelationship,
  resetCustomerPassword,
  SERVICE_REQUEST_MAX,
} from '../../src/db/repositories/customerManagementRepository';
import { acceptInvitation } from '../../src/db/repositories/invitationRepository';
import { removeAdminRoles } from '../../src/db/repositories/relationshipRepository';
import { customerPage } from '../../src/db/queries/customers';
import { partnersOfCustomer } from '../../src/db/queries/tenants';
import { invitationLink } from '../../src/domain/mailLinks';
import { BODY_MAX, SUBJECT_MAX } from '../../src/domain/composer';
import type { SendInput } from '../../src/workflows/request-relationship/requestRelationship.machine';

// Partner-side repositories (issue 4): W-REQUEST's sendInvitation, the management actions of
// an expanded customer (R-REQ-1, R-MPR-6, R-IND-7, R-IND-9), R-REQ-6's service request and
// W-REMOVE-REL (R-IND-12). Every refusal is checked against the whole stored world: a refused
// action must change nothing, not even a mail.

let db: AppDB;
let n = 0;
beforeEach(async () => {
  db = new AppDB(`partner-side-${++n}`);
  await ensureWorld(db, 'default');
});
afterEach(() => db.delete());

const mailTo = (email: string) =>
  db.mail.where('[mailbox+sentAt]').between([email, 0], [email, Infinity]).toArray();

/** Runs `action` and expects the world to be exactly as before it. */
async function unchanged<T>(action: () => Promise<T>): Promise<T> {
  const before = await readWorld(db);
  const result = await action();
  expect(await readWorld(db)).toEqual(before);
  return result;
}

let tokens = 0;
function request(over: Partial<SendInput> = {}): SendInput {
  const token = over.token ?? `i-test-token-${++tokens}`;
  const link = invitationLink(token);
  return {
    kind: 'reseller',
    includeAdminRoles: true,
    token,
    link,
    to: 'patti@contoso.example',
    draft: {
      subject: 'Fabrikam Solutions would like to be your Microsoft reseller',
      body: `Hello,\n\nTo accept, select this link:\n${link}\n\nMegan`,
    },
    ...over,
  };
}

const ADATUM_E3 = 'sub-adatum-e3';

describe('W-REQUEST repository: sendInvitation', () => {
  it('sends to the customer admin and records the invitation with the personal link (R-IND-11)', async () => {
    const input = request();
    expect(await sendInvitation(db, 'u-megan', input)).toEqual({
      ok: true,
      customerName: 'Contoso Ltd',
    });
    const inv = await db.invitations.where('token').equals(input.token).first();
    expect(inv).toMatchObject({
      kind: 'reseller',
      state: 'sent',
      partnerId: 'fabrikam',
      senderUserId: 'u-megan',
      customerId: 'contoso',
      includesAdminRoles: true,
      linkDelivered: true,
    });
    const mail = (await mailTo('patti@contoso.example')).filter((m) => m.invitationId === inv!.id);
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({
      fromEmail: 'megan@fabrikam.example',
      subject: { kind: 'plain', text: input.draft.subject },
      body: { kind: 'plain', text: input.draft.body },
    });
  });

  it('a Sales agent may request too (R-IND-7); without DAP the invitation asks for no admin roles', async () => {
    const input = request({ includeAdminRoles: false });
    expect(await sendInvitation(db, 'u-alex', input)).toMatchObject({ ok: true });
    expect(await db.invitations.where('token').equals(input.token).first()).toMatchObject({
      includesAdminRoles: false,
      senderUserId: 'u-alex',
    });
  });

  it('R-IND-11: sending without the personal link is recorded (linkDelivered false) and the invitation cannot be accepted', async () => {
    const input = request();
    input.draft = { ...input.draft, body: 'Hello,\n\nPlease accept our request.\n\nMegan' };
    expect(await sendInvitation(db, 'u-megan', input)).toMatchObject({ ok: true });
    const inv = (await db.invitations.where('token').equals(input.token).first())!;
    expect(inv.linkDelivered).toBe(false);
    const [mail] = (await mailTo('patti@contoso.example')).filter((m) => m.invitationId === inv.id);
    expect(mail?.body).toEqual({
      kind: 'plain',
      text: 'Hello,\n\nPlease accept our request.\n\nMegan',
    });
    // Typing the link by hand does not help: the customer cannot accept.
    expect(await acceptInvitation(db, input.token, 'u-patti')).toEqual({
      ok: false,
      block: { key: 'linkMissing', ruleId: 'R-IND-11' },
    });
    expect(await db.relationships.where('customerId').equals('contoso').count()).toBe(0);
  });

  it('R-IND-11: a link to another invitation does not count as the personal link', async () => {
    const input = request();
    input.draft = { ...input.draft, body: `Select ${invitationLink('i-some-other-token')}` };
    expect(await sendInvitation(db, 'u-megan', input)).toMatchObject({ ok: true });
    expect((await db.invitations.where('token').equals(input.token).first())!.linkDelivered).toBe(
      false,
    );
  });

  it('sends to two admins of the same customer: one copy each', async () => {
    const input = request({ to: 'patti@contoso.example; LEE@contoso.example' });
    expect(await sendInvitation(db, 'u-megan', input)).toMatchObject({ ok: true });
    const inv = (await db.invitations.where('token').equals(input.token).first())!;
    expect(
      (await mailTo('patti@contoso.example')).filter((m) => m.invitationId === inv.id),
    ).toHaveLength(1);
    expect(
      (await mailTo('lee@contoso.example')).filter((m) => m.invitationId === inv.id),
    ).toHaveLength(1);
  });

  it('R-REQ-3 is found out at acceptance, not at sending: an out-of-region customer gets the mail', async () => {
    const input = request({ to: 'miriam@woodgrovebank.example' });
    expect(await sendInvitation(db, 'u-megan', input)).toEqual({
      ok: true,
      customerName: 'Woodgrove Bank',
    });
    expect(await acceptInvitation(db, input.token, 'u-miriam')).toMatchObject({
      ok: false,
      block: { key: 'otherRegion', ruleId: 'R-REQ-3' },
    });
    expect(await db.invitations.where('token').equals(input.token).first()).toMatchObject({
      state: 'failed',
      failureKey: 'rules:R-REQ-3',
    });
    expect(
      (await mailTo('megan@fabrikam.example')).some(
        (m) =>
          m.subject.kind === 'i18n' && m.subject.key === 'mail:invitation.failedRegion.subject',
      ),
    ).toBe(true);
    expect(
      (
        await customerPage(db, {
          partnerId: 'fabrikam',
          search: 'woodgrove',
          dir: 'asc',
          page: 0,
          pageSize: 20,
        })
      ).total,
    ).toBe(0);
  });

  const composerCases: [string, Partial<SendInput> | ((i: SendInput) => SendInput)][] = [
    ['empty To', { to: '' }],
    ['blank To', { to: '  ;  ' }],
    ['To in a bad format', { to: 'patti(at)contoso' }],
    [
      'more than 10 recipients',
      { to: Array.from({ length: 11 }, (_, i) => `a${i}@contoso.example`).join(';') },
    ],
    ['empty subject', (i) => ({ ...i, draft: { ...i.draft, subject: ' ' } })],
    [
      'subject too long',
      (i) => ({ ...i, draft: { ...i.draft, subject: 'x'.repeat(SUBJECT_MAX + 1) } }),
    ],
    ['empty message', (i) => ({ ...i, draft: { ...i.draft, body: '' } })],
    [
      'message too long',
      (i) => ({ ...i, draft: { ...i.draft, body: `${i.link} ${'x'.repeat(BODY_MAX)}` } }),
    ],
  ];
  for (const [name, change] of composerCases) {
    it(`refuses ${name}: "check the fields", nothing stored`, async () => {
      const base = request();
      const input = typeof change === 'function' ? change(base) : { ...base, ...change };
      expect(await unchanged(() => sendInvitation(db, 'u-megan', input))).toEqual({
        ok: false,
        key: 'partnerCenter:request.errors.invalid',
      });
    });
  }

  it('refuses an address with no mailbox in the world, naming it', async () => {
    expect(
      await unchanged(() =>
        sendInvitation(db, 'u-megan', request({ to: 'nobody@nowhere.example' })),
      ),
    ).toEqual({
      ok: false,
      key: 'partnerCenter:request.errors.unknownRecipient',
      params: { address: 'nobody@nowhere.example' },
    });
  });

  it("refuses a partner's address (not a customer)", async () => {
    expect(
      await unchanged(() =>
        sendInvitation(db, 'u-megan', request({ to: 'diego@northwind.example' })),
      ),
    ).toEqual({
      ok: false,
      key: 'partnerCenter:request.errors.notCustomer',
      params: { address: 'diego@northwind.example' },
    });
  });

  it('refuses two customers at once, and a customer with a partner', async () => {
    const several = { ok: false, key: 'partnerCenter:request.errors.severalCustomers' };
    expect(
      await unchanged(() =>
        sendInvitation(
          db,
          'u-megan',
          request({ to: 'patti@contoso.example; enrico@adatum.example' }),
        ),
      ),
    ).toMatchObject(several);
    expect(
      await unchanged(() =>
        sendInvitation(
          db,
          'u-megan',
          request({ to: 'patti@contoso.example, diego@northwind.example' }),
        ),
      ),
    ).toMatchObject(several);
  });

  it('R-IND-7: a Helpdesk agent, or a customer, cannot send', async () => {
    expect(await unchanged(() => sendInvitation(db, 'u-adele', request()))).toEqual({
      ok: false,
      key: 'rules:R-IND-7',
    });
    expect(
      await unchanged(() =>
        sendInvitation(db, 'u-patti', request({ to: 'enrico@adatum.example' })),
      ),
    ).toEqual({ ok: false, key: 'rules:R-IND-7' });
    expect(await unchanged(() => sendInvitation(db, 'u-nobody', request()))).toEqual({
      ok: false,
      key: 'rules:R-IND-7',
    });
  });

  it('R-REQ-2: US Government and Germany partners cannot leave admin roles out, even bypassing the UI', async () => {
    expect(
      await unchanged(() =>
        sendInvitation(
          db,
          'u-lidia',
          request({ includeAdminRoles: false, to: 'joni@fourthcoffee.example' }),
        ),
      ),
    ).toEqual({ ok: false, key: 'rules:R-REQ-2' });
    expect(
      await unchanged(() =>
        sendInvitation(
          db,
          'u-henrietta',
          request({ includeAdminRoles: false, to: 'johanna@wideworldimporters.example' }),
        ),
      ),
    ).toEqual({
      ok: false,
      key: 'rules:R-REQ-2',
    });
    // With admin roles they may.
    expect(
      await sendInvitation(db, 'u-lidia', request({ to: 'joni@fourthcoffee.example' })),
    ).toMatchObject({ ok: true });
  });

  it('W-INVITE-3WAY: refused without a link to that provider', async () => {
    expect(
      await unchanged(() =>
        sendInvitation(
          db,
          'u-megan',
          request({ kind: 'resellerWithProvider', providerId: 'northwind' }),
        ),
      ),
    ).toEqual({
      ok: false,
      key: 'partnerCenter:request.errors.noProvider',
    });
  });

  it('refuses a token used twice (a replayed send), storing nothing the second time', async () => {
    const input = request();
    expect(await sendInvitation(db, 'u-megan', input)).toMatchObject({ ok: true });
    expect(await unchanged(() => sendInvitation(db, 'u-megan', input))).toEqual({
      ok: false,
      key: 'partnerCenter:request.errors.sendFailed',
    });
  });
});

describe('Managing a customer (W-REQUEST step 6): R-REQ-1, R-MPR-6, R-IND-7, R-IND-9', () => {
  async function giveAlpineTheMca() {
    await db.agreements.add({
      id: 'mca-alpine',
      tenantId: 'alpineskihouse',
      kind: 'mca',
      acceptedAt: 0,
      acceptedByUserId: 'u-brian',
    });
  }

  it('adds a user to Adatum (DAP + MCA): user stored, must change the password, the password returned once', async () => {
    const r = await addCustomerUser(db, 'u-megan', 'adatum', {
      displayName: ' Nina Wong ',
      userName: 'Nina.Wong',
    });
    expect(r).toMatchObject({ ok: true, value: { email: 'nina.wong@adatum.example' } });
    if (!r.ok) return;
    expect(r.value.password).toMatch(/^[A-Z][a-z]{3}-\d{4}-[A-Z][a-z]{3}$/);
    const stored = await db.users.where('email').equals('nina.wong@adatum.example').first();
    expect(stored).toMatchObject({
      tenantId: 'adatum',
      displayName: 'Nina Wong',
      roles: [],
      mustChangePassword: true,
    });
    // The password is not kept anywhere in the world.
    expect(JSON.stringify(await readWorld(db))).not.toContain(r.value.password);
    // The same user name again is refused.
    expect(
      await unchanged(() =>
        addCustomerUser(db, 'u-megan', 'adatum', { displayName: 'Nina', userName: 'nina.wong' }),
      ),
    ).toEqual({
      ok: false,
      key: 'partnerCenter:manage.errors.userName.taken',
      params: { email: 'nina.wong@adatum.example' },
    });
  });

  // Issue 17: text stays text. Angle brackets and the like are stored as typed (and shown as text).
  it('add user stores a display name that looks like markup verbatim', async () => {
    const displayName = 'Nina <b>Wong</b> = "one"';
    const r = await addCustomerUser(db, 'u-megan', 'adatum', { displayName, userName: 'nina' });
    expect(r).toMatchObject({ ok: true });
    expect(await db.users.where('email').equals('nina@adatum.example').first()).toMatchObject({
      displayName,
    });
  });

  const badUsers: [string, { displayName: string; userName: string }, string][] = [
    [
      'empty display name',
      { displayName: '  ', userName: 'nina' },
      'partnerCenter:manage.errors.name.required',
    ],
    [
      'display name too long',
      { displayName: 'N'.repeat(101), userName: 'nina' },
      'partnerCenter:manage.errors.name.tooLong',
    ],
    [
      'empty user name',
      { displayName: 'Nina', userName: '' },
      'partnerCenter:manage.errors.userName.format',
    ],
    [
      'user name with a space',
      { displayName: 'Nina', userName: 'nina wong' },
      'partnerCenter:manage.errors.userName.format',
    ],
    [
      'user name with a domain',
      { displayName: 'Nina', userName: 'nina@adatum.example' },
      'partnerCenter:manage.errors.userName.format',
    ],
    [
      'user name starting with a dot',
      { displayName: 'Nina', userName: '.nina' },
      'partnerCenter:manage.errors.userName.format',
    ],
    [
      'user name with markup',
      { displayName: 'Nina', userName: '<b>nina</b>' },
      'partnerCenter:manage.errors.userName.format',
    ],
  ];
  for (const [name, input, key] of badUsers) {
    it(`add user refuses ${name}, nothing stored`, async () => {
      expect(await unchanged(() => addCustomerUser(db, 'u-megan', 'adatum', input))).toEqual({
        ok: false,
        key,
      });
    });
  }

  it('refuses each management action by its rule, changing nothing', async () => {
    const user = { displayName: 'Nina Wong', userName: 'nina' };
    // R-IND-7: a Sales agent cannot administer on behalf of a customer; a Helpdesk agent neither.
    for (const who of ['u-alex', 'u-adele']) {
      expect(await unchanged(() => addCustomerUser(db, who, 'adatum', user))).toEqual({
        ok: false,
        key: 'rules:R-IND-7',
      });
      expect(await unchanged(() => resetCustomerPassword(db, who, 'adatum', 'u-enrico'))).toEqual({
        ok: false,
        key: 'rules:R-IND-7',
      });
      expect(await unchanged(() => addLicenses(db, who, 'adatum', ADATUM_E3, '5'))).toEqual({
        ok: false,
        key: 'rules:R-IND-7',
      });
      expect(await unchanged(() => addAzureSubscription(db, who, 'adatum'))).toEqual({
        ok: false,
        key: 'rules:R-IND-7',
      });
    }
    // R-IND-9: no reseller relationship with Contoso, nothing to manage.
    expect(await unchanged(() => addCustomerUser(db, 'u-megan', 'contoso', user))).toEqual({
      ok: false,
      key: 'rules:R-IND-9',
    });
    expect(
      await unchanged(() => resetCustomerPassword(db, 'u-megan', 'contoso', 'u-patti')),
    ).toEqual({ ok: false, key: 'rules:R-IND-9' });
    expect(
      await unchanged(() => addLicenses(db, 'u-megan', 'contoso', 'sub-contoso-bs', '5')),
    ).toEqual({ ok: false, key: 'rules:R-IND-9' });
    expect(await unchanged(() => addAzureSubscription(db, 'u-megan', 'contoso'))).toEqual({
      ok: false,
      key: 'rules:R-IND-9',
    });
    // R-IND-9 as well: Northwind's customer Tailspin is not Fabrikam's.
    expect(
      await unchanged(() => addLicenses(db, 'u-megan', 'tailspin', 'sub-tailspin-e1', '5')),
    ).toEqual({ ok: false, key: 'rules:R-IND-9' });
    // R-MPR-6: Alpine Ski House hasn't accepted the MCA: no purchase, no management, no Azure either.
    expect(await unchanged(() => addCustomerUser(db, 'u-megan', 'alpineskihouse', user))).toEqual({
      ok: false,
      key: 'rules:R-MPR-6',
    });
    expect(
      await unchanged(() => resetCustomerPassword(db, 'u-megan', 'alpineskihouse', 'u-brian')),
    ).toEqual({ ok: false, key: 'rules:R-MPR-6' });
    expect(await unchanged(() => addAzureSubscription(db, 'u-megan', 'alpineskihouse'))).toEqual({
      ok: false,
      key: 'rules:R-MPR-6',
    });
  });

  it('R-REQ-1: without admin permissions only an Azure subscription can be provisioned (once the MCA is accepted)', async () => {
    await giveAlpineTheMca();
    expect(
      await unchanged(() =>
        addCustomerUser(db, 'u-megan', 'alpineskihouse', { displayName: 'Nina', userName: 'nina' }),
      ),
    ).toEqual({ ok: false, key: 'rules:R-REQ-1' });
    expect(
      await unchanged(() => resetCustomerPassword(db, 'u-megan', 'alpineskihouse', 'u-brian')),
    ).toEqual({ ok: false, key: 'rules:R-REQ-1' });
    const r = await addAzureSubscription(db, 'u-megan', 'alpineskihouse');
    expect(r).toMatchObject({ ok: true });
    if (!r.ok) return;
    expect(await db.subscriptions.get(r.value)).toMatchObject({
      tenantId: 'alpineskihouse',
      partnerId: 'fabrikam',
      offerId: 'azure-plan',
      status: 'active',
    });
  });

  // R-REQ-1: a reseller without admin permissions "manages only the Azure subscriptions it provisions".
  it('R-REQ-1: without admin permissions the partner still manages the Azure plan it provisioned', async () => {
    await giveAlpineTheMca();
    const r = await addAzureSubscription(db, 'u-megan', 'alpineskihouse');
    if (!r.ok) throw new Error('no Azure plan');
    expect(await addLicenses(db, 'u-megan', 'alpineskihouse', r.value, '1')).toEqual({
      ok: true,
      value: 2,
    });
  });

  // R-REQ-1, partners see only what they sold: admin permissions don't make another partner's
  // (or Microsoft's own, bought directly) subscription the partner's to manage.
  it.each([
    ['another partner sold', 'northwind'],
    ['the customer bought directly', undefined],
  ])(
    'R-REQ-1: with admin permissions, a subscription %s is not manageable (re-checked here)',
    async (_, partnerId) => {
      await db.subscriptions.add({
        id: 'sub-adatum-azure-nw',
        tenantId: 'adatum',
        ...(partnerId ? { partnerId } : {}),
        offerId: 'azure-plan',
        licenses: 1,
        assigned: 1,
        status: 'active',
      });
      expect(
        await unchanged(() => addLicenses(db, 'u-megan', 'adatum', 'sub-adatum-azure-nw', '1')),
      ).toEqual({ ok: false, key: 'rules:R-REQ-1' });
    },
  );

  it('R-REQ-1: without admin permissions, an Azure subscription another partner provisioned is not manageable', async () => {
    await giveAlpineTheMca();
    await db.subscriptions.add({
      id: 'sub-alpine-azure-nw',
      tenantId: 'alpineskihouse',
      partnerId: 'northwind',
      offerId: 'azure-plan',
      licenses: 1,
      assigned: 1,
      status: 'active',
    });
    expect(
      await unchanged(() =>
        addLicenses(db, 'u-megan', 'alpineskihouse', 'sub-alpine-azure-nw', '1'),
      ),
    ).toEqual({ ok: false, key: 'rules:R-REQ-1' });
  });

  it('resets a password: the user must change it; another tenant’s user is not found', async () => {
    const r = await resetCustomerPassword(db, 'u-megan', 'adatum', 'u-enrico');
    expect(r).toMatchObject({ ok: true, value: { email: 'enrico@adatum.example' } });
    expect(await db.users.get('u-enrico')).toMatchObject({ mustChangePassword: true });
    expect(
      await unchanged(() => resetCustomerPassword(db, 'u-megan', 'adatum', 'u-patti')),
    ).toEqual({ ok: false, key: 'partnerCenter:manage.errors.notFound' });
    expect(
      await unchanged(() => resetCustomerPassword(db, 'u-megan', 'adatum', 'u-nobody')),
    ).toEqual({ ok: false, key: 'partnerCenter:manage.errors.notFound' });
  });

  it('adds licenses: 5 to 25 makes 30', async () => {
    expect(await addLicenses(db, 'u-megan', 'adatum', ADATUM_E3, ' 5 ')).toEqual({
      ok: true,
      value: 30,
    });
    expect((await db.subscriptions.get(ADATUM_E3))!.licenses).toBe(30);
  });

  const badQuantities: [string, string][] = [
    ['', 'required'],
    ['   ', 'required'],
    ['0', 'range'],
    ['-1', 'notWhole'],
    ['2.5', 'notWhole'],
    ['1e3', 'notWhole'],
    ['five', 'notWhole'],
    ['<b>5</b>', 'notWhole'],
    ['99999999', 'range'],
    ['10001', 'range'],
  ];
  for (const [quantity, problem] of badQuantities) {
    it(`add licenses refuses ${JSON.stringify(quantity)} (${problem}), nothing changed`, async () => {
      expect(
        await unchanged(() => addLicenses(db, 'u-megan', 'adatum', ADATUM_E3, quantity)),
      ).toEqual({ ok: false, key: `partnerCenter:manage.errors.quantity.${problem}` });
    });
  }

  it("add licenses refuses another customer's subscription, or one that doesn't exist", async () => {
    expect(
      await unchanged(() => addLicenses(db, 'u-megan', 'adatum', 'sub-contoso-bs', '5')),
    ).toEqual({ ok: false, key: 'partnerCenter:manage.errors.notFound' });
    expect(await unchanged(() => addLicenses(db, 'u-megan', 'adatum', 'sub-nope', '5'))).toEqual({
      ok: false,
      key: 'partnerCenter:manage.errors.notFound',
    });
  });
});

describe('R-REQ-6: openServiceRequest', () => {
  it('after the customer removed the roles, the partner opens a service request; Microsoft confirms by mail', async () => {
    expect(await removeAdminRoles(db, 'u-enrico', 'rel-fabrikam-adatum')).toEqual({ ok: true });
    const before = (await mailTo('megan@fabrikam.example')).length;
    const r = await openServiceRequest(
      db,
      'u-megan',
      'adatum',
      '  Users cannot sign in to Outlook since this morning.  ',
    );
    expect(r).toMatchObject({ ok: true });
    if (!r.ok) return;
    expect(r.value).toMatch(/^SR-\d{6}$/);
    const mail = await mailTo('megan@fabrikam.example');
    expect(mail).toHaveLength(before + 1);
    const confirmation = mail.find(
      (m) => m.subject.kind === 'i18n' && m.subject.key === 'mail:serviceRequest.subject',
    );
    expect(confirmation).toMatchObject({
      fromName: 'Microsoft',
      subject: { params: { number: r.value, customer: 'Adatum Corporation' } },
      body: {
        params: {
          number: r.value,
          customer: 'Adatum Corporation',
          description: 'Users cannot sign in to Outlook since this morning.',
        },
      },
    });
    // Nothing is sent to the customer.
    expect(
      (await mailTo('enrico@adatum.example')).some(
        (m) => m.subject.kind === 'i18n' && m.subject.key === 'mail:serviceRequest.subject',
      ),
    ).toBe(false);
  });

  const badDescriptions: [string, string][] = [
    ['', 'required'],
    ['too short', 'tooShort'],
    ['x'.repeat(SERVICE_REQUEST_MAX + 1), 'tooLong'],
  ];
  for (const [description, problem] of badDescriptions) {
    it(`refuses a ${problem} description, no mail`, async () => {
      await removeAdminRoles(db, 'u-enrico', 'rel-fabrikam-adatum');
      expect(
        await unchanged(() => openServiceRequest(db, 'u-megan', 'adatum', description)),
      ).toEqual({ ok: false, key: `partnerCenter:manage.errors.description.${problem}` });
    });
  }

  it('R-IND-9: not for a customer without a relationship; R-IND-7: not for a customer persona', async () => {
    const text = 'Users cannot sign in to Outlook since this morning.';
    expect(await unchanged(() => openServiceRequest(db, 'u-megan', 'contoso', text))).toEqual({
      ok: false,
      key: 'rules:R-IND-9',
    });
    expect(await unchanged(() => openServiceRequest(db, 'u-enrico', 'adatum', text))).toEqual({
      ok: false,
      key: 'rules:R-IND-7',
    });
  });
});

describe('W-REMOVE-REL repository: removeCustomerRelationship (R-IND-12)', () => {
  const fabrikamCustomers = async () =>
    (
      await customerPage(db, {
        partnerId: 'fabrikam',
        search: '',
        dir: 'asc',
        page: 0,
        pageSize: 20,
      })
    ).rows.map((r) => r.customerName);

  it('without the attestation nothing happens', async () => {
    expect(
      await unchanged(() => removeCustomerRelationship(db, 'u-megan', 'adatum', false)),
    ).toEqual({ ok: false, key: 'rules:R-IND-12' });
  });

  it('R-IND-7: a Sales or Helpdesk agent cannot remove', async () => {
    expect(await unchanged(() => removeCustomerRelationship(db, 'u-alex', 'adatum', true))).toEqual(
      { ok: false, key: 'rules:R-IND-7' },
    );
    expect(
      await unchanged(() => removeCustomerRelationship(db, 'u-adele', 'adatum', true)),
    ).toEqual({ ok: false, key: 'rules:R-IND-7' });
  });

  it('refuses a customer that is not ours', async () => {
    expect(
      await unchanged(() => removeCustomerRelationship(db, 'u-megan', 'contoso', true)),
    ).toEqual({ ok: false, key: 'partnerCenter:manage.errors.notFound' });
    expect(
      await unchanged(() => removeCustomerRelationship(db, 'u-megan', 'tailspin', true)),
    ).toEqual({ ok: false, key: 'partnerCenter:manage.errors.notFound' });
  });

  it('Adatum (DAP) leaves the list; the admin roles stay, the customer still sees Fabrikam; no mail to anyone', async () => {
    expect(await fabrikamCustomers()).toEqual(['Adatum Corporation', 'Alpine Ski House']);
    const mailBefore = await db.mail.count();
    expect(await removeCustomerRelationship(db, 'u-megan', 'adatum', true)).toEqual({
      ok: true,
      value: undefined,
    });
    expect(await fabrikamCustomers()).toEqual(['Alpine Ski House']);
    const rel = await db.relationships.get('rel-fabrikam-adatum');
    expect(rel).toMatchObject({
      partnerId: 'fabrikam',
      customerId: 'adatum',
      type: 'delegatedAdmin',
      adminRoles: ['globalAdmin', 'helpdeskAdmin'],
    });
    expect(rel?.resellerOf).toBeUndefined();
    const enricoSees = await partnersOfCustomer(db, 'adatum');
    expect(enricoSees.map((p) => [p.partner?.name, p.relationship.adminRoles])).toEqual([
      ['Fabrikam Solutions', ['globalAdmin', 'helpdeskAdmin']],
    ]);
    expect(await db.mail.count()).toBe(mailBefore);
    // Once removed, no management, and a second removal finds nothing.
    expect(await unchanged(() => addLicenses(db, 'u-megan', 'adatum', ADATUM_E3, '5'))).toEqual({
      ok: false,
      key: 'rules:R-IND-9',
    });
    expect(
      await unchanged(() => removeCustomerRelationship(db, 'u-megan', 'adatum', true)),
    ).toEqual({ ok: false, key: 'partnerCenter:manage.errors.notFound' });
  });

  it('Alpine Ski House (no roles): the record is deleted; a Global admin may remove too', async () => {
    const mailBefore = await db.mail.count();
    const megan = await db.users.get('u-megan');
    await db.users.update('u-megan', { roles: ['globalAdmin'] });
    expect(await removeCustomerRelationship(db, 'u-megan', 'alpineskihouse', true)).toMatchObject({
      ok: true,
    });
    await db.users.update('u-megan', { roles: megan!.roles });
    expect(await db.relationships.get('rel-fabrikam-alpineskihouse')).toBeUndefined();
    expect(await partnersOfCustomer(db, 'alpineskihouse')).toEqual([]);
    expect(await fabrikamCustomers()).toEqual(['Adatum Corporation']);
    expect(await db.mail.count()).toBe(mailBefore);
  });

  it('after the customer removed the roles (R-MPR-7), removing the relationship deletes the record', async () => {
    await removeAdminRoles(db, 'u-enrico', 'rel-fabrikam-adatum');
    expect(await removeCustomerRelationship(db, 'u-megan', 'adatum', true)).toMatchObject({
      ok: true,
    });
    expect(await db.relationships.get('rel-fabrikam-adatum')).toBeUndefined();
  });
});
