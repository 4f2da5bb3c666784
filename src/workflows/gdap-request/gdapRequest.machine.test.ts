import { describe, expect, it } from 'vitest';
import { gdapRequestMachine } from './gdapRequest.machine';
import { endStates, machinePaths, stateValue } from '../../../test/machinePaths';
import { gdapReviewLink } from '../../domain/mailLinks';
import { checkRequestDraft, R_GDAP_5_mayAutoExtend } from '../../domain/gdapRules';
import { containsLink } from '../../domain/mailLinks';

const link = gdapReviewLink('gdap_abc');
const prepared = {
  relationshipId: 'gdap_abc',
  link,
  mail: { subject: 'S', body: `Review: ${link}` },
};
const events = [
  { type: 'name.changed', name: 'Helpdesk' },
  { type: 'name.changed', name: 'Taken' },
  { type: 'duration.changed', days: '731' },
  { type: 'duration.changed', days: '90' },
  { type: 'autoExtend.changed', on: true },
  { type: 'roles.open' },
  { type: 'role.toggle', role: 'globalAdministrator', checked: true },
  { type: 'role.toggle', role: 'helpdeskAdministrator', checked: true },
  { type: 'roles.save' },
  { type: 'finalize' },
  { type: 'xstate.done.actor.finalize', output: { ok: true, prepared } },
  { type: 'xstate.done.actor.finalize', output: { ok: false, key: 'rules:R-GDAP-2' } },
  { type: 'mail.changed', mail: { body: 'no link' } },
  { type: 'mail.changed', mail: { body: `Review: ${link}` } },
  { type: 'done' },
  { type: 'to.changed', to: 'enrico@adatum.example' },
  { type: 'send' },
  { type: 'xstate.done.actor.send', output: { ok: true, customerName: 'Adatum' } },
  { type: 'xstate.done.actor.send', output: { ok: false, key: 'gdap:request.errors.sendFailed' } },
];

describe('W-GDAP-REQUEST machine: every path', () => {
  const paths = machinePaths(gdapRequestMachine, {
    input: { customerId: 'adatum', existingNames: ['Taken'] },
    events,
    contextKeys: ['name', 'durationDays', 'roles', 'panelRoles', 'autoExtend', 'to'],
    facts: (c) => [containsLink((c.mail as { body: string }).body, link), !!c.problem, !!c.failure],
    limit: 100000,
  });

  it('reaches every step and sent', () => {
    const ends = endStates(paths);
    for (const s of ['form', 'rolesPanel', 'finalizing', 'request', 'composing', 'sending', 'sent'])
      expect(ends).toContain(s);
  });

  it('R-GDAP-3/4/5: Finalize request only with a valid draft; never auto extend with Global Administrator', () => {
    for (const path of paths)
      for (const step of path) {
        const c = step.to.context;
        expect(c.autoExtend && R_GDAP_5_mayAutoExtend(c.roles) !== null).toBe(false);
        if (stateValue(step.to) === 'finalizing' && step.from && stateValue(step.from) === 'form')
          expect(
            checkRequestDraft({ ...c, durationDays: c.durationDays }, c.existingNames),
          ).toBeNull();
      }
  });

  it('W-GDAP-REQUEST: never sends an email without the review link', () => {
    for (const path of paths)
      for (const step of path)
        if (stateValue(step.to) === 'sending')
          expect(containsLink(step.to.context.mail.body, link)).toBe(true);
  });
});
