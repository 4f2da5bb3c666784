import { describe, expect, it } from 'vitest';
import type { AccessSubject } from '../../domain/access';
import type { Role } from '../../domain/types';
import { R_IND_7_mayAssignRoles } from '../../domain/userRules';
import {
  choiceProblem,
  updateUserRolesMachine,
  type UpdateRolesOutcome,
} from './updateUserRoles.machine';
import { endStates, machinePaths, stateValue } from '../../../test/machinePaths';

// W-ENROLL's last step / role changes (R-IND-5, R-IND-7): every transition, generated.
const subject = (roles: Role[]): AccessSubject => ({
  roles,
  tenantKind: 'partner',
  cloud: 'public',
  programs: ['cspIndirectReseller'],
});
const ok: UpdateRolesOutcome = { ok: true, value: { roles: ['adminAgent', 'globalAdmin'] } };
const lastAssigner: UpdateRolesOutcome = { ok: false, key: 'users:roles.errors.lastAssigner' };

const events = [
  { type: 'select', user: { id: 'u-me', displayName: 'Me', roles: ['globalAdmin'] } },
  { type: 'select', user: { id: 'u-sam', displayName: 'Sam', roles: ['salesAgent'] } },
  { type: 'agent.changed', value: 'adminAgent' },
  { type: 'agent.changed', value: 'none' },
  { type: 'admin.changed', value: 'globalAdmin' },
  { type: 'admin.changed', value: 'none' },
  { type: 'update' },
  { type: 'close' },
  { type: 'refresh', subject: subject(['salesAgent']) },
  { type: 'xstate.done.actor.updateRoles', output: ok },
  { type: 'xstate.done.actor.updateRoles', output: lastAssigner },
  { type: 'xstate.error.actor.updateRoles', error: new Error('db') },
] as const;

describe('update-user-roles machine: every path', () => {
  for (const [name, roles] of Object.entries({
    globalAdmin: ['globalAdmin'],
    userAdmin: ['userAdmin'],
    salesAgent: ['salesAgent'],
  } as Record<string, Role[]>)) {
    const paths = machinePaths(updateUserRolesMachine, {
      input: { subject: subject(roles) },
      contextKeys: ['selected', 'agentType', 'adminType', 'failure', 'updated'],
      facts: (c) => (c.subject as AccessSubject).roles,
      events: events as never,
    });

    it(`${name}: R-IND-7 — a user is selected and updated only by a role that may assign roles`, () => {
      for (const path of paths) {
        for (const step of path) {
          if (!step.from) continue;
          if (stateValue(step.from) === 'idle' && stateValue(step.to) === 'editing')
            expect(R_IND_7_mayAssignRoles(step.from.context.subject)).toBe(true);
          if (stateValue(step.to) === 'updating' && stateValue(step.from) !== 'updating') {
            expect(R_IND_7_mayAssignRoles(step.from.context.subject)).toBe(true);
            expect(choiceProblem(step.from.context)).toBeNull();
          }
        }
      }
      if (name === 'salesAgent') expect([...endStates(paths)]).toEqual(['idle']);
      else expect(endStates(paths)).toContain('updating');
    });

    if (name === 'salesAgent') continue;

    it(`${name}: a refused choice says why and nothing is sent`, () => {
      for (const path of paths) {
        const step = path.at(-1)!;
        if (step.event.type !== 'update' || !step.from || stateValue(step.from) !== 'editing')
          continue;
        if (!R_IND_7_mayAssignRoles(step.from.context.subject))
          expect(step.to.context.failure).toEqual({ key: 'rules:R-IND-7', ruleId: 'R-IND-7' });
        else if (choiceProblem(step.from.context))
          expect(step.to.context.failure).toEqual(choiceProblem(step.from.context));
      }
      // R-IND-7: no role at all, and (for a User admin) Global admin, are refused before the repository.
      const keys = new Set(paths.map((p) => p.at(-1)!.to.context.failure?.key).filter(Boolean));
      expect(keys).toContain('users:roles.errors.noRole');
      if (name === 'userAdmin') expect(keys).toContain('users:roles.errors.globalAdminOnly');
    });

    it(`${name}: the repository's answer is shown; a success updates the selected user's roles`, () => {
      for (const path of paths) {
        const step = path.at(-1)!;
        if (!step.from || stateValue(step.from) !== 'updating') continue;
        if (step.event.type === 'xstate.done.actor.updateRoles') {
          const output = (step.event as unknown as { output: UpdateRolesOutcome }).output;
          if (output.ok) {
            expect(step.to.context.updated).toBe(true);
            expect(step.to.context.selected?.roles).toEqual(output.value.roles);
          } else expect(step.to.context.failure?.key).toBe(output.key);
        }
        if (step.event.type === 'xstate.error.actor.updateRoles')
          expect(step.to.context.failure?.key).toBe('users:roles.errors.failed');
      }
    });
  }
});
