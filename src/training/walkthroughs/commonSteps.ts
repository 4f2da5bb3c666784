import type { AppDB } from '../../db/AppDB';
import type { Mail } from '../../domain/types';
import { mailKind } from '../../domain/mailLinks';
import type { Completion, MachineId, TargetRef, WalkthroughStep } from '../types';

// Steps several walkthroughs share, so the same UI step is described (and kept in step with
// the app) once. Each walkthrough still names the step, its documentation step and persona.

/** What each walkthrough says of the step; `allow` adds controls that also belong to doing it right. */
type StepBase = Pick<WalkthroughStep, 'id' | 'doc' | 'persona' | 'start' | 'allow'>;

const click = (target: TargetRef) => ({ kind: 'click' as const, target });

/** Open a page from the portal's navigation. */
export function navStep(base: StepBase, path: string): WalkthroughStep {
  const target = { id: `nav:${path}` };
  return { ...base, target, actions: [click(target)], done: { at: path } };
}

/**
 * Open a message in the mailbox (the newest, or the newest of this kind: a subject key, or
 * PARTNER_WRITTEN_MAIL for the invitation a partner typed). Done only when that message is
 * open: the Welcome mail opened by mistake is a sibling, not the step, and since the target is
 * keyed, clicking it is a mistake caught when it happens (issue 11).
 */
export function openMailStep(base: StepBase, subjectKey?: string): WalkthroughStep {
  const target = { id: 'mail.item', key: subjectKey };
  if (subjectKey === undefined) delete target.key;
  return {
    ...base,
    target,
    actions: [click(target)],
    done: {
      at: 'mail/:id',
      shows: (db, params) => isExpectedMail(db, params.id ?? '', subjectKey),
    },
  };
}

/** The open message is the one the step means: its subject key, else the newest of its mailbox. */
export async function isExpectedMail(
  db: AppDB,
  mailId: string,
  subjectKey?: string,
): Promise<boolean> {
  const mail = await db.mail.get(mailId);
  if (!mail) return false;
  const inBox = await db.mail
    .where('[mailbox+sentAt]')
    .between([mail.mailbox, 0], [mail.mailbox, Infinity])
    .toArray();
  const candidates =
    subjectKey === undefined ? inBox : inBox.filter((m) => mailKind(m.subject) === subjectKey);
  const newest = candidates.reduce<Mail | undefined>(
    (a, m) => (!a || m.sentAt > a.sentAt ? m : a),
    undefined,
  );
  return newest?.id === mail.id;
}

/** Follow the simulator link of the open message (`partner-invitation`, `o365-offer`, …). */
export function followMailLinkStep(
  base: StepBase,
  linkKey: string,
  done: Completion,
): WalkthroughStep {
  const target = { id: 'mail.link', key: linkKey };
  return { ...base, target, actions: [click(target)], done };
}

/**
 * Partner Center's draft email: review it (it can be copied or opened in the mail app) and
 * select Done (R-IND-11: the personal link stays in it).
 */
export function reviewDraftStep(
  base: StepBase,
  machine: Extract<MachineId, 'requestRelationship' | 'o365Offer'>,
): WalkthroughStep {
  const target = { id: 'pc.request.done' };
  return {
    ...base,
    target,
    allow: [
      { id: 'pc.request.draftSubject' },
      { id: 'pc.request.draftBody' },
      { id: 'pc.request.copy' },
      { id: 'pc.request.openInEmail' },
      ...(base.allow ?? []),
    ],
    actions: [click(target)],
    done: { machine: { id: machine, in: 'composing' } },
  };
}

/** Send the (reviewed) email to the customer's admin from the simulator's mail composer. */
export function sendFromComposerStep(
  base: StepBase,
  to: string,
  sent: NonNullable<Completion['world']>,
): WalkthroughStep {
  return {
    ...base,
    target: { id: 'pc.composer.form' },
    allow: [
      { id: 'pc.composer.to' },
      { id: 'pc.composer.subject' },
      { id: 'pc.composer.body' },
      { id: 'pc.composer.send' },
      ...(base.allow ?? []),
    ],
    actions: [
      { kind: 'fill', target: { id: 'pc.composer.to' }, value: to },
      click({ id: 'pc.composer.send' }),
    ],
    done: { world: sent },
  };
}

/**
 * The customer's Accept agreement & authorize partner page (MPR steps 2–4): read the Microsoft
 * Customer Agreement, tick the acknowledgement (R-MPR-5), Accept & Authorize. Reading and
 * ticking change nothing observable, so the page is one step, done when the world changed. The
 * target is the checkbox, not the section: Cancel invitation sits there and is a mistake here.
 */
export function acceptWithAgreementStep(
  base: StepBase,
  accepted: NonNullable<Completion['world']>,
): WalkthroughStep {
  return {
    ...base,
    target: { id: 'ac.accept.acknowledge' },
    allow: [
      { id: 'ac.accept.openAgreement' },
      { id: 'ac.accept.closeAgreement' },
      { id: 'ac.agreement.dialog' },
      { id: 'ac.accept.submit' },
      ...(base.allow ?? []),
    ],
    actions: [
      { ...click({ id: 'ac.accept.openAgreement' }), dwell: 'read' as const },
      click({ id: 'ac.accept.closeAgreement' }),
      { kind: 'check', target: { id: 'ac.accept.acknowledge' }, checked: true },
      click({ id: 'ac.accept.submit' }),
    ],
    done: { world: accepted },
  };
}

/** Expand a customer's record on Customers with the down arrow (its management workflow starts). */
export function expandCustomerStep(base: StepBase, customerId: string): WalkthroughStep {
  const target = { id: 'pc.customers.expand', key: customerId };
  // This customer's record: expanding a sibling customer is a mistake, not the step (issue 11).
  return {
    ...base,
    target,
    actions: [click(target)],
    done: { machine: { id: 'manageCustomer', in: 'idle', subject: customerId } },
  };
}

/**
 * Done on the page of one row of a list (this partner's details, this provider's customers),
 * never a sibling's: the route's `param` must be `key` (issue 11).
 */
export function rowPage(at: string, param: string, key: string): Completion {
  return { at, shows: async (_db, params) => params[param] === key };
}
