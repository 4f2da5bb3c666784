import { describe, expect, it } from 'vitest';
import { enrollMachine } from './enroll.machine';
import { edges, endStates, machinePaths, stateValue } from '../../../test/machinePaths';
import { emptyProfile, R_IND_2_profileAllowed, validateProfile } from '../../domain/enrollRules';

const profiles = [
  { mpnId: '1', organizationName: 'US', country: 'US', active: true },
  { mpnId: '2', organizationName: 'CA', country: 'CA', active: true },
  { mpnId: '3', organizationName: 'old', country: 'US', active: false },
];
const valid = {
  legalName: 'Lamna',
  addressLine: '1 Main',
  city: 'Seattle',
  postalCode: '98052',
  phone: '+1 425 555 0100',
  contactFirstName: 'G',
  contactLastName: 'A',
  contactEmail: 'g@lamna.example',
  contactPhone: '+1 425 555 0101',
  supportEmail: 's@lamna.example',
  supportPhone: '+1 425 555 0102',
};

const events = [
  { type: 'next' },
  { type: 'back' },
  { type: 'createOne' },
  { type: 'account.create', account: {} },
  { type: 'xstate.done.actor.createAccount', output: { ok: true, userName: 'new@x.example' } },
  {
    type: 'xstate.done.actor.createAccount',
    output: { ok: false, key: 'enroll:createAccount.errors.domainPrefix.taken' },
  },
  { type: 'work.signIn', userName: 'grady@lamnahealthcare.example', password: 'secret' },
  {
    type: 'xstate.done.actor.workSignIn',
    output: { ok: true, userId: 'u-grady', tenantId: 'lamna', country: 'US' },
  },
  {
    type: 'xstate.done.actor.workSignIn',
    output: { ok: false, key: 'enroll:errors.workCredentials' },
  },
  { type: 'pmc.userName', userName: 'partner@lamna.example' },
  { type: 'pmc.userName', userName: '' },
  { type: 'pmc.signIn', password: 'secret' },
  { type: 'xstate.done.actor.pmcSignIn', output: { ok: true, accountId: 'pmc', profiles } },
  {
    type: 'xstate.done.actor.pmcSignIn',
    output: { ok: false, key: 'enroll:errors.pmcCredentials' },
  },
  { type: 'profile.select', mpnId: '1' },
  { type: 'profile.select', mpnId: '2' },
  { type: 'profile.select', mpnId: '3' },
  { type: 'continue' },
  { type: 'cancel' },
  ...Object.entries(valid).map(([field, value]) => ({ type: 'field.changed', field, value })),
  { type: 'enrollNow' },
  { type: 'xstate.done.actor.submit', output: { ok: true, enrollmentId: 'e1' } },
  {
    type: 'xstate.done.actor.submit',
    output: { ok: false, key: 'enroll:profile.errors.contactNotUser' },
  },
];

describe('W-ENROLL machine: every transition', () => {
  const paths = machinePaths(enrollMachine, {
    events,
    contextKeys: ['selectedMpnId', 'tenantCountry'],
    facts: (c) => [
      Object.keys(validateProfile(c.profile as never, 'US')).length,
      (c.pmcUserName as string).length > 0,
      !!c.error,
    ],
    limit: 100_000,
  });

  it('reaches every step of the seed, through to submitted', () => {
    const ends = endStates(paths);
    for (const s of [
      'welcome',
      'workSignIn',
      'createAccount',
      'mpnInfo',
      'pmcUser',
      'pmcPassword',
      'chooseProfile',
      'profile',
      'submitting',
      'submitted',
    ])
      expect(ends).toContain(s);
  });

  it('R-IND-2: the profile step is reached only with an active profile in the tenant country', () => {
    for (const step of edges(paths)) {
      if (
        stateValue(step.to) === 'profile' &&
        step.from &&
        stateValue(step.from) === 'chooseProfile'
      ) {
        const p = profiles.find((x) => x.mpnId === step.from!.context.selectedMpnId)!;
        expect(R_IND_2_profileAllowed(p, 'US')).toBeNull();
      }
    }
  });

  it('Enroll now submits only a valid profile; passwords are never kept in context', () => {
    for (const step of edges(paths)) {
      if (stateValue(step.to) === 'submitting' && step.from && stateValue(step.from) === 'profile')
        expect(validateProfile(step.to.context.profile, 'US')).toEqual({});
      expect(JSON.stringify(step.to.context)).not.toContain('secret');
    }
  });

  it('Cancel on the profile choice goes back to the Partner Membership Center sign-in', () => {
    const cancels = edges(paths).filter(
      (s) => s.event.type === 'cancel' && s.from && stateValue(s.from) === 'chooseProfile',
    );
    expect(cancels.length).toBeGreaterThan(0);
    for (const s of cancels) expect(stateValue(s.to)).toBe('pmcUser');
    expect(emptyProfile().legalName).toBe('');
  });
});
