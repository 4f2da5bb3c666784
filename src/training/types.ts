import type { Edition } from '../domain/edition';
import type { AppDB } from '../db/AppDB';
import type { EntraRole, GdapTask } from '../domain/entraRoles';

// A walkthrough is data plus small read-only predicates: what the learner does, where the
// documentation says so, and how the simulator knows it was done. The coach (watch mode),
// the practice/test engine and the generated end-to-end tests all read the same definition.

/**
 * The four source documents (../shared/docs/workflows-and-rules.md), and the Microsoft Learn
 * pages the Today edition's walkthroughs follow (docs/editions/today-gdap.md).
 */
export type DocId =
  | 'MPR'
  | 'IND'
  | 'REQ'
  | 'O365'
  | 'GDAP_OBTAIN'
  | 'GDAP_APPROVAL'
  | 'GDAP_CUSTOMER_TERMINATE'
  | 'GDAP_PARTNER_TERMINATE'
  | 'GDAP_EXTEND'
  | 'GDAP_ASSIGN'
  | 'GDAP_TRANSITION';

/** The workflows of the documentation; every one has a walkthrough. */
export const WORKFLOW_IDS = [
  'W-FIND',
  'W-ACCEPT',
  'W-MCA',
  'W-REMOVE-ROLES',
  'W-CANCEL-INVITE',
  'W-ENROLL',
  'W-ADD-USER',
  'W-CONNECT-PROVIDER',
  'W-REQUEST',
  'W-INVITE-3WAY',
  'W-REMOVE-REL',
  'W-TRIAL',
  'W-OFFER',
  'W-POR',
] as const;
/** The Today edition's workflows (docs/editions/today-gdap.md); a walkthrough each, as they come. */
export const TODAY_WORKFLOW_IDS = [
  'W-GDAP-REQUEST',
  'W-GDAP-APPROVE',
  'W-GDAP-ASSIGN',
  'W-GDAP-EXTEND',
  'W-GDAP-TERMINATE-PARTNER',
  'W-GDAP-TERMINATE-CUSTOMER',
  'W-DAP-TO-GDAP',
] as const;
export type WorkflowId = (typeof WORKFLOW_IDS)[number] | (typeof TODAY_WORKFLOW_IDS)[number];

/** A place in a document: its section anchor (as in the seed's `<a name>`) and, if numbered, the step. */
export interface DocRef {
  doc: DocId;
  section: string;
  step?: number;
}

/**
 * A control the learner uses, found by `[data-coach="<id>"]` (and `[data-coach-key="<key>"]`
 * when several elements share the id, e.g. table rows). Portal navigation items are
 * `nav:<route pattern>`. The first visible match is the target.
 */
export interface TargetRef {
  id: string;
  key?: string;
}

/**
 * One thing a person does with the mouse or keyboard. Watch mode performs these in the page;
 * the end-to-end tests perform them with Playwright's real input; neither reads the world.
 */
export type CoachAction =
  /**
   * `dwell: 'read'`: the click opens what the documentation says to read (the Microsoft
   * Customer Agreement); watch mode leaves it open long enough to be read (issue 12).
   */
  | { kind: 'click'; target: TargetRef; dwell?: 'read' }
  | { kind: 'fill'; target: TargetRef; value: string }
  /** Type what another element shows (e.g. the temporary password shown once). */
  | { kind: 'fillFrom'; target: TargetRef; source: TargetRef }
  | { kind: 'check'; target: TargetRef; checked: boolean }
  | { kind: 'select'; target: TargetRef; value: string };

/** The machine ids the coach can read (each `createMachine({ id })` in src/workflows). */
export type MachineId =
  | 'acceptInvitation'
  | 'acceptMca'
  | 'acceptOffer'
  | 'addUser'
  | 'cancelInvitation'
  | 'connectProvider'
  | 'removeProviderAccess'
  | 'enroll'
  | 'findPartner'
  | 'gdapApprove'
  | 'gdapAssign'
  | 'gdapExtend'
  | 'gdapRequest'
  | 'gdapTerminateCustomer'
  | 'gdapTerminatePartner'
  | 'firstSignIn'
  | 'inviteReseller'
  | 'manageCustomer'
  | 'partnerOfRecord'
  | 'providerOrder'
  | 'removeRelationship'
  | 'removeRoles'
  | 'requestRelationship'
  | 'o365Offer'
  | 'updateUserRoles';

/**
 * When a step is done: every part given must hold. Never "the target was clicked": a learner
 * who reaches the same result another valid way completes the step too.
 */
export interface Completion {
  /** The location matches this route pattern (`admin-center/billing/partner-relationships`, `mail/:id`). */
  at?: string;
  /**
   * A running workflow machine is in this state (a top-level state name, or `a.b` for a child);
   * with `subject`, the workflow about that object (this customer, not a sibling's).
   */
  machine?: { id: MachineId; in: string; subject?: string };
  /** A read-only query of the world (the walkthrough's own copy). */
  world?: (db: AppDB) => Promise<boolean>;
  /**
   * With `at`: whether the page open there is the right one (this mail, this customer), given
   * the route's parameters. A sibling (another message) does not complete the step (issue 11).
   */
  shows?: (db: AppDB, params: Record<string, string>) => Promise<boolean>;
}

/** A default-world user id, or a user the walkthrough creates, found by their email. */
export type PersonaRef = string | { email: string };

export interface WalkthroughStep {
  /** Unique within the walkthrough; texts live at `steps.<id>.{instruction,hint,goal}` of its namespace. */
  id: string;
  /** The documentation step this UI step teaches. */
  doc: DocRef;
  /** Who acts. A change of persona is made, and announced, by the coach. */
  persona: PersonaRef;
  /** The control the step is about: highlighted, focused on request, its name given as help. */
  target: TargetRef;
  /** Other controls that belong to doing this step right; using them is not a mistake. */
  allow?: TargetRef[];
  /** Where to open when the step begins with a change of persona (a route path, no `#/`). */
  start?: string;
  actions: CoachAction[];
  done: Completion;
}

export type Audience = 'partner' | 'customer';

/**
 * One fact the walkthrough's goal names (this customer, these roles, delegated admin yes/no),
 * read from the walkthrough's world when the run ends. A run whose facts differ from the goal
 * did not reach it, whatever its steps say: a test fails (issue 11). Texts live at
 * `outcome.<id>` of the walkthrough's namespace.
 */
export interface OutcomeFact {
  id: string;
  /** The documentation step that asks for it. */
  doc: DocRef;
  /** The rule behind it, if one (R-…). */
  rule?: string;
  expected: boolean;
  /** What the learner's world shows. */
  actual?: (db: AppDB) => Promise<boolean>;
  /**
   * A documented action the world does not keep (open and read the Microsoft Customer
   * Agreement before accepting): whether, during the run, this running workflow's boolean
   * context flag was seen true. The coach records the fact's id when it sees it; exactly one of
   * `actual`, `seen` and `leastPrivilege` is given.
   */
  seen?: { machine: MachineId; flag: string };
  /**
   * R-GDAP-11 (test mode): the roles the learner chose for `task`, scored by least privilege.
   * Roles that can't do the task miss the goal; roles that can, but more than it needs (Global
   * Administrator for a password reset), reach it and lose only the least-privilege points.
   */
  leastPrivilege?: { task: GdapTask; roles: (db: AppDB) => Promise<readonly EntraRole[]> };
}

/**
 * A dead end (issue 11): the goal can no longer be reached in this run — the invitation was
 * cancelled, the link was sent without the personal link (R-IND-11), the persona lacks the role
 * (R-MPR-1). From step `from` on, the coach checks `when`; once it holds, it says so (texts at
 * `deadEnds.<id>.{instruction,hint}` of the walkthrough's namespace, `{{persona}}` the name of
 * the step's persona) and offers the way back instead of the step's instruction; a test ends
 * with that reason.
 */
export interface DeadEnd {
  id: string;
  /** The documentation step it contradicts. */
  doc: DocRef;
  rule?: string;
  /** The first step (id) it can happen on; it applies on that step and every later one. */
  from: string;
  /** Up to this step (id), inclusive; every later step when omitted. */
  until?: string;
  /** Whether the goal is out of reach now, given the world and who the learner acts as. */
  when: (
    db: AppDB,
    at: { personaId: string | undefined; step: WalkthroughStep },
  ) => Promise<boolean>;
  /**
   * The way back: `stepBack` (Back a step restores the world from before the slip), or
   * `persona` (switch back to the step's persona, named in the text).
   */
  recover: 'stepBack' | 'persona';
}

export interface Walkthrough {
  /** URL name: `#/learn/<slug>`. Also the i18n namespace `wt-<slug>` of its texts. */
  slug: string;
  workflow: WorkflowId;
  audience: Audience;
  /** The documentation section the walkthrough follows (shown in the catalogue). */
  doc: DocRef;
  /** Prepares the fresh copy of the default world (through repositories), e.g. an invitation already sent. */
  setup?: (db: AppDB) => Promise<void>;
  /** Where the first step starts (route path, no `#/`). */
  start: string;
  steps: WalkthroughStep[];
  /** What must be true at the end for the goal to be reached. */
  outcome?: OutcomeFact[];
  /** The edition the walkthrough teaches (issue 16); absent: '2020'. Its world is made in it. */
  edition?: Edition;
  /** Where the goal can become unreachable, and the way back (checked in order). */
  deadEnds?: DeadEnd[];
}
