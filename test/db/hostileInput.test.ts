import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '../../src/db/AppDB';
import { ensureWorld, readWorld } from '../../src/db/repositories/worldRepository';
import { sendInvitation } from '../../src/db/repositories/requestRepository';
import { sendO365Offer, newOfferToken } from '../../src/db/repositories/o365Repository';
import {
  createWorkAccount,
  submitEnrollment,
} from '../../src/db/repositories/enrollmentRepository';
import { inviteIndirectReseller } from '../../src/db/repositories/providerRepository';
import { addPartnerUser } from '../../src/db/repositories/userRepository';
import { sendContactRequest } from '../../src/db/repositories/partnerContactRepository';
import { invitationLink } from '../../src/domain/mailLinks';
import { o365OfferLink } from '../../src/domain/o365Rules';
import { emptyProfile } from '../../src/domain/enrollRules';
import { LANGUAGES } from '../../src/i18n/languages';

// Issue 17, the repositories' side of "every form gets bad input": each write re-checks its
// form's rules (src/domain), so a value the page never let through (a forged draft, a
// persisted snapshot edited by hand) is refused with the same key the page shows, the whole
// stored world unchanged; text that only looks like markup is stored verbatim. Every refusal
// key has a text in every language, so the page can say it in the learner's language.

const CONTROL = 'Ann\u0007 Lee';
const MARKUP = '<img src=x onerror=alert(1)><script>alert(2)</script>';

let db: AppDB;
let n = 0;
beforeEach(async () => {
  db = new AppDB(`hostile-input-${++n}`);
  await ensureWorld(db, 'default');
});
afterEach(() => db.delete());

/** Runs `act`, expects the stored world exactly as before, and returns the refusal's key. */
async function refusedKey(act: () => Promise<unknown>): Promise<string> {
  const before = await readWorld(db);
  const outcome = (await act()) as { ok: boolean; key?: string; error?: { key: string } };
  expect(await readWorld(db)).toEqual(before);
  expect(outcome.ok).toBe(false);
  const key = outcome.key ?? outcome.error?.key;
  expect(key).toBeTypeOf('string');
  return key!;
}

const locale = (lang: string, ns: string) =>
  JSON.parse(readFileSync(`locales/${lang}/${ns}.json`, 'utf8')) as Record<string, unknown>;
/** The key's text in every language: the message the learner reads exists in each. */
function expectTextInEveryLanguage(key: string) {
  const [ns, path] = key.split(':') as [string, string];
  for (const lang of LANGUAGES) {
    const text = path
      .split('.')
      .reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], locale(lang, ns));
    expect(text, `${lang} ${key}`).toBeTypeOf('string');
  }
}

describe('the composer (W-REQUEST step 4): the repository re-checks the edited mail', () => {
  const draft = (token: string) => {
    const link = invitationLink(token);
    return {
      kind: 'reseller' as const,
      includeAdminRoles: true,
      token,
      link,
      to: 'patti@contoso.example',
      draft: { subject: 'Fabrikam would like to be your reseller', body: `Select ${link}` },
    };
  };
  it.each([
    ['a control character in the subject', { subject: `Hello ${CONTROL}` }],
    ['a control character in the message', { body: `\u001b[31m${CONTROL}` }],
    ['a blank subject', { subject: ' \n ' }],
  ])('refuses %s, nothing stored', async (_, change) => {
    const input = draft(`i-hostile-${Math.random()}`);
    const key = await refusedKey(() =>
      sendInvitation(db, 'u-megan', { ...input, draft: { ...input.draft, ...change } }),
    );
    expect(key).toBe('partnerCenter:request.errors.invalid');
    expectTextInEveryLanguage(key);
  });

  it('stores a subject and message that look like markup verbatim', async () => {
    const input = draft('i-hostile-markup');
    const subject = `Sizes <small> to <large> ${MARKUP}`;
    const body = `${input.draft.body}\n${MARKUP}\nonload = later`;
    const outcome = await sendInvitation(db, 'u-megan', { ...input, draft: { subject, body } });
    expect(outcome).toMatchObject({ ok: true });
    const mail = await db.mail.where('mailbox').equals('patti@contoso.example').toArray();
    expect(
      mail.find((m) => m.subject.kind === 'plain' && m.subject.text === subject)?.body,
    ).toEqual({ kind: 'plain', text: body });
  });

  it('the Office 365 offer composer refuses a control character the same way', async () => {
    const token = newOfferToken();
    const link = o365OfferLink(token);
    const key = await refusedKey(() =>
      sendO365Offer(db, 'u-pradeep', {
        kind: 'trial',
        services: [{ offerId: 'o365-e3', licenses: '' }],
        includesDelegatedAdmin: false,
        token,
        link,
        to: 'patti@contoso.example',
        draft: { subject: `Try ${CONTROL}`, body: `Start here: ${link}` },
      }),
    );
    expectTextInEveryLanguage(key);
  });
});

describe('enrollment forms (W-ENROLL): create account and the business profile', () => {
  const account = {
    organization: 'Contoso Health',
    domainPrefix: 'contosohealth',
    country: 'US',
    displayName: 'Ann Lee',
    userName: 'ann',
    password: 'Good-Pass-42',
    confirmation: 'Good-Pass-42',
  };
  it.each([
    ['an empty organization', { organization: '' }, 'organization.required'],
    ['a too long organization', { organization: 'x'.repeat(101) }, 'organization.tooLong'],
    ['a control character in the name', { displayName: CONTROL }, 'displayName.control'],
    ['markup as the domain', { domainPrefix: '<script>' }, 'domainPrefix.format'],
    ['markup as the user name', { userName: '<b>ann</b>' }, 'userName.format'],
    ['a country not offered', { country: 'KP' }, 'country.required'],
    ['a country that is no code', { country: '<b>US</b>' }, 'country.required'],
  ])('create account refuses %s, nothing stored', async (_, change, field) => {
    const key = await refusedKey(() =>
      createWorkAccount(db, { ...account, ...change }, 'a'.repeat(64), ['US', 'DE']),
    );
    expect(key).toBe(`enroll:createAccount.errors.${field}`);
    expectTextInEveryLanguage(key);
  });

  it('create account stores an organization name that looks like markup verbatim', async () => {
    const organization = `Sizes <small> & ${MARKUP}`.slice(0, 100);
    expect(
      await createWorkAccount(db, { ...account, organization }, 'a'.repeat(64), ['US']),
    ).toMatchObject({ ok: true });
    expect(await db.tenants.where('domain').equals('contosohealth.example').first()).toMatchObject({
      name: organization,
    });
  });

  const profile = {
    ...emptyProfile(),
    legalName: 'Lamna Healthcare',
    addressLine: '1 Main Street',
    city: 'Seattle',
    postalCode: '98052',
    phone: '+1 425 555 0100',
    contactFirstName: 'Grady',
    contactLastName: 'Archie',
    contactEmail: 'grady@lamnahealthcare.example',
    contactPhone: '+1 425 555 0101',
    supportEmail: 'support@lamnahealthcare.example',
    supportPhone: '+1 425 555 0102',
  };
  it.each([
    ['an empty legal name', { legalName: '  ' }, 'required'],
    ['a too long city', { city: 'x'.repeat(61) }, 'tooLong'],
    ['a control character in the address', { addressLine: `1 Main ${CONTROL}` }, 'control'],
    ['markup as a phone number', { phone: '<script>1</script>' }, 'format'],
    ['a website that is a script link', { supportWebsite: 'javascript:alert(1)' }, 'format'],
    ['markup as the support email', { supportEmail: '<a@b.example>' }, 'format'],
  ])('the profile refuses %s, nothing stored', async (_, change, problem) => {
    const key = await refusedKey(() =>
      submitEnrollment(db, {
        userId: 'u-grady',
        pmcAccountId: 'pmc-lamna',
        mpnId: '5120001',
        profile: { ...profile, ...change },
      }),
    );
    expect(key).toBe(`enroll:profile.errors.${problem}`);
    expectTextInEveryLanguage(key);
  });
});

describe('manage forms and the provider’s invitation', () => {
  it.each([
    ['an empty name', { displayName: '' }],
    ['a too long name', { displayName: 'x'.repeat(101) }],
    ['a control character in the name', { displayName: CONTROL }],
    ['markup as the email', { email: '<script>@fabrikam.example' }],
    ['another organization’s domain', { email: 'sam@contoso.example' }],
    ['a forged role', { agentType: '<script>' as never }],
  ])('add user refuses %s, nothing stored', async (_, change) => {
    const key = await refusedKey(() =>
      addPartnerUser(db, 'u-megan', {
        displayName: 'Sam Lee',
        email: 'sam@fabrikam.example',
        agentType: 'salesAgent',
        adminType: 'none',
        ...change,
      }),
    );
    expectTextInEveryLanguage(key);
  });

  it.each([
    ['empty', '', 'email.required'],
    ['too long', `${'m'.repeat(260)}@fabrikam.example`, 'email.tooLong'],
    ['markup', '<script>alert(1)</script>', 'email.format'],
    ['a control character', `megan\u0000@fabrikam.example`, 'email.control'],
  ])(
    'the provider’s invitation refuses an address that is %s, nothing stored',
    async (_, to, k) => {
      const key = await refusedKey(() => inviteIndirectReseller(db, 'u-diego', to));
      expect(key).toBe(`providers:invite.errors.${k}`);
      expectTextInEveryLanguage(key);
    },
  );

  it.each([
    ['a control character', `We need ${CONTROL} help`],
    ['too long', 'x'.repeat(2001)],
  ])(
    'Find a partner’s contact form refuses business needs with %s, nothing stored',
    async (_, needs) => {
      const before = await readWorld(db);
      await expect(
        sendContactRequest(db, { fromUserId: 'u-patti', partnerIds: ['fabrikam'], needs }),
      ).rejects.toThrow(/invalid contact request/);
      expect(await readWorld(db)).toEqual(before);
    },
  );
});
