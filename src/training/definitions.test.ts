import { readOutcome } from './progress/outcome';
import { missedOutcome } from './progress/scoring';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StateMachine, type AnyStateMachine } from 'xstate';
import { AppDB } from '../db/AppDB';
import { prepareFreshWorld } from './trainingWorld';
import { TENANTS, USERS } from '../db/scenarios/default';
import { OFFERS } from '../domain/catalogue';
import { ROUTES } from '../app/routes';
import { LANGUAGES, LANGUAGE_TAGS } from '../i18n/languages';
import { WALKTHROUGHS } from './walkthroughs';
import { DOC_SECTIONS } from './docs';
import { EDITION_NOTES } from '../domain/editionNotes';
import { todayAdminRelationships } from '../db/scenarios/today';
import { TODAY_WORKFLOW_IDS, WORKFLOW_IDS, type TargetRef, type Walkthrough } from './types';

// Every walkthrough definition is checked against the app it teaches: the workflow it covers,
// the documentation sections it cites, the controls it points at (data-coach attributes in the
// source), the routes, machines and states its completion conditions name, the personas, and
// its texts in every language. A renamed control or state fails here, not in front of a learner.

function files(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ext) : path.endsWith(ext) ? [path] : [];
  });
}
const svelteSource = files('src', '.svelte')
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');
// The machines themselves, by their id: every export of a workflow's *.machine.ts that is one.
const machines = new Map<string, AnyStateMachine>(
  Object.values(
    import.meta.glob<Record<string, unknown>>('../workflows/**/*.machine.ts', { eager: true }),
  )
    .flatMap((module) => Object.values(module))
    .filter((value): value is AnyStateMachine => value instanceof StateMachine)
    .map((machine) => [machine.id, machine]),
);
const routePatterns = new Set(ROUTES.map((r) => r.pattern));
const navPaths = new Set(ROUTES.filter((r) => r.nav).map((r) => r.pattern));
const userIds = new Set(USERS.map((u) => u.id));

function targetExists(ref: TargetRef): boolean {
  if (ref.id.startsWith('nav:')) return navPaths.has(ref.id.slice(4));
  return svelteSource.includes(`data-coach="${ref.id}"`);
}

/** Whether `snapshot.matches(state)` can be true: the dotted path names states from the root. */
function machineHasState(id: string, state: string): boolean {
  let node: AnyStateMachine['root'] | undefined = machines.get(id)?.root;
  for (const part of state.split('.')) node = node?.states[part];
  return node !== undefined;
}

function targetsOf(w: Walkthrough): TargetRef[] {
  return w.steps.flatMap((s) => [
    s.target,
    ...(s.allow ?? []),
    ...s.actions.flatMap((a) => (a.kind === 'fillFrom' ? [a.target, a.source] : [a.target])),
  ]);
}

/** Every text the UI itself can show in a language (all locale files but the walkthroughs' own). */
function uiText(lang: string): string {
  return readdirSync(`locales/${lang}`)
    .filter((f) => !f.startsWith('wt-'))
    .map((f) => readFileSync(`locales/${lang}/${f}`, 'utf8'))
    .join('\n');
}
/** Names the UI shows from the world (organizations, people, products, regions) rather than from the locale files. */
const WORLD_NAMES = new Set([
  ...TENANTS.map((t) => t.name),
  ...USERS.map((u) => u.displayName),
  ...OFFERS.map((o) => o.name),
  // The Today seed's admin relationships, whose names the partner typed (issue 16).
  ...todayAdminRelationships(0).map((r) => r.name),
  ...LANGUAGES.flatMap((lang) =>
    TENANTS.map(
      (t) => new Intl.DisplayNames([LANGUAGE_TAGS[lang]], { type: 'region' }).of(t.country) ?? '',
    ),
  ),
]);
/** An MPN ID as the UI shows it. */
const MPN_LABEL = /^MPN ID \d+$/;

/** The UI's strings with {{variables}} as wildcards: a label may be a filled-in template ("+3 days"). */
function uiTemplates(lang: string): RegExp[] {
  const leaves: string[] = [];
  const walk = (node: unknown) => {
    if (typeof node === 'string') leaves.push(node);
    else if (node && typeof node === 'object') Object.values(node).forEach(walk);
  };
  readdirSync(`locales/${lang}`)
    .filter((f) => !f.startsWith('wt-'))
    .forEach((f) => walk(JSON.parse(readFileSync(`locales/${lang}/${f}`, 'utf8'))));
  // A template must have some words of its own: "{{name}}" alone would let any label through.
  return leaves
    .filter((l) => l.includes('{{') && l.replace(/\{\{\w+\}\}/g, '').trim().length >= 3)
    .map(
      (l) =>
        new RegExp(
          `^${l
            .split(/\{\{\w+\}\}/)
            .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('.+')}$`,
        ),
    );
}

function locale(lang: string, slug: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`locales/${lang}/wt-${slug}.json`, 'utf8')) as Record<
    string,
    unknown
  >;
}

describe('walkthrough catalogue', () => {
  it('has exactly one walkthrough per documented workflow', () => {
    const of2020 = WALKTHROUGHS.filter((w) => (w.edition ?? '2020') === '2020');
    expect(of2020.map((w) => w.workflow).sort()).toEqual([...WORKFLOW_IDS].sort());
    expect(new Set(WALKTHROUGHS.map((w) => w.slug)).size).toBe(WALKTHROUGHS.length);
  });
  // Issue 16: the Today edition's walkthroughs teach its workflows, at most one each, and come
  // after the 2020 ones (the default edition) in the catalogue.
  it('has at most one Today walkthrough per GDAP workflow, after the 2020 ones', () => {
    const today = WALKTHROUGHS.filter((w) => w.edition === 'today');
    expect(today.length).toBeGreaterThan(0);
    for (const w of today) expect(TODAY_WORKFLOW_IDS as readonly string[]).toContain(w.workflow);
    expect(new Set(today.map((w) => w.workflow)).size).toBe(today.length);
    const firstToday = WALKTHROUGHS.findIndex((w) => w.edition === 'today');
    expect(WALKTHROUGHS.slice(firstToday).every((w) => w.edition === 'today')).toBe(true);
  });
  // Issue 16: a 2020 "this changed later" note links to the Today walkthrough of that step.
  it('links every "changed later" note to a Today walkthrough of the catalogue', () => {
    const expected = {
      requestDap: 'W-GDAP-REQUEST',
      acceptRoles: 'W-GDAP-APPROVE',
      partnerRelationshipsPath: 'W-GDAP-TERMINATE-CUSTOMER',
      o365DelegatedAdmin: 'W-GDAP-REQUEST',
    };
    for (const note of Object.values(EDITION_NOTES)) {
      const w = WALKTHROUGHS.find((x) => x.slug === note.todayWalkthrough);
      expect(w?.edition, `${note.id} → ${note.todayWalkthrough}`).toBe('today');
      expect(w?.workflow).toBe(expected[note.id]);
    }
  });
  it('reads states from the machine objects: a path from the root, as snapshot.matches() does', () => {
    const named = new Set(
      WALKTHROUGHS.flatMap((w) => w.steps.flatMap((s) => s.done.machine?.id ?? [])),
    );
    for (const id of named) expect(machines.has(id), `machine ${id}`).toBe(true);
    expect(machineHasState('findPartner', 'searching')).toBe(true);
    expect(machineHasState('findPartner', 'searching.loading')).toBe(true);
    // A nested state is not a top-level one, and unknown names are not states.
    expect(machineHasState('findPartner', 'loading')).toBe(false);
    expect(machineHasState('findPartner', 'searching.nowhere')).toBe(false);
    expect(machineHasState('noSuchMachine', 'idle')).toBe(false);
  });
});

const dbs: AppDB[] = [];
afterAll(async () => {
  await Promise.all(dbs.map((db) => db.delete()));
});

describe.each(WALKTHROUGHS.map((w) => [w.slug, w] as const))('walkthrough %s', (slug, w) => {
  it('has steps with unique ids, a documentation step each, and a start route', () => {
    expect(w.steps.length).toBeGreaterThanOrEqual(3);
    expect(new Set(w.steps.map((s) => s.id)).size).toBe(w.steps.length);
    expect(/^[a-z0-9-]+$/.test(slug)).toBe(true);
    expect(DOC_SECTIONS[w.doc.doc]).toContain(w.doc.section);
    for (const s of w.steps)
      expect(DOC_SECTIONS[s.doc.doc], `${s.id} cites ${s.doc.doc}#${s.doc.section}`).toContain(
        s.doc.section,
      );
    expect(
      w.start === '' || [...routePatterns].some((p) => p.split('/')[0] === w.start.split('/')[0]),
    ).toBe(true);
  });

  it('points only at controls that exist (data-coach attributes, navigation items)', () => {
    for (const ref of targetsOf(w)) expect(targetExists(ref), `target ${ref.id}`).toBe(true);
    for (const s of w.steps)
      expect(s.actions.length, `${s.id} has actions for watch mode`).toBeGreaterThan(0);
  });

  it('completes steps on results that exist: routes, machines and their states', () => {
    for (const s of w.steps) {
      const { at, machine, world } = s.done;
      expect(
        at !== undefined || machine !== undefined || world !== undefined,
        `${s.id} has a completion condition`,
      ).toBe(true);
      if (at !== undefined) expect(routePatterns.has(at), `${s.id}: route ${at}`).toBe(true);
      if (machine)
        expect(
          machineHasState(machine.id, machine.in),
          `${s.id}: ${machine.id} in ${machine.in}`,
        ).toBe(true);
    }
  });

  it('acts as people of the world, and says where to go when the persona changes', () => {
    let previous: string | undefined;
    w.steps.forEach((s, i) => {
      const persona = typeof s.persona === 'string' ? s.persona : `email:${s.persona.email}`;
      if (typeof s.persona === 'string')
        expect(userIds.has(s.persona), `${s.id}: persona ${s.persona}`).toBe(true);
      else {
        const email = s.persona.email;
        const typedBefore = w.steps
          .slice(0, i)
          .some((p) =>
            p.actions.some(
              (a) => a.kind === 'fill' && a.value.toLowerCase() === email.toLowerCase(),
            ),
          );
        expect(typedBefore, `${s.id}: the user ${email} is created by an earlier step`).toBe(true);
      }
      if (previous !== undefined && persona !== previous)
        expect(s.start, `${s.id} changes persona and needs a start page`).toBeTruthy();
      previous = persona;
    });
  });

  it('has its texts in every language, translated', () => {
    const en = locale('en', slug);
    for (const lang of LANGUAGES) {
      const texts = locale(lang, slug) as {
        title?: string;
        summary?: string;
        goal?: string;
        steps?: Record<string, Record<string, string>>;
      };
      for (const key of ['title', 'summary', 'goal'] as const)
        expect(texts[key], `${lang} ${key}`).toBeTruthy();
      for (const s of w.steps) {
        for (const part of ['instruction', 'hint', 'goal']) {
          const text = texts.steps?.[s.id]?.[part];
          expect(text, `${lang} steps.${s.id}.${part}`).toBeTruthy();
          if (lang !== 'en')
            expect(text, `${lang} steps.${s.id}.${part} is translated`).not.toBe(
              (en.steps as Record<string, Record<string, string>>)[s.id]?.[part],
            );
        }
      }
    }
  });

  it('names its expected outcome facts once, each with a documentation step and a text in every language', () => {
    const ids = (w.outcome ?? []).map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const fact of w.outcome ?? []) {
      expect(fact.doc.section.length).toBeGreaterThan(0);
      if (fact.rule) expect(fact.rule).toMatch(/^R-[A-Z0-9]+-\d+$/);
      for (const lang of ['en', 'ru', 'zh']) {
        const text = (locale(lang, slug) as { outcome?: Record<string, string> }).outcome?.[
          fact.id
        ];
        expect(text, `${lang} ${slug} outcome.${fact.id}`).toBeTruthy();
      }
    }
  });

  // Issue 11: a "seen" fact names a flag its machine really has; a dead end names steps that
  // exist, a rule, and its texts (what the coach says instead of the step) in every language.
  it('watches only machine flags that exist, and names its dead ends with steps and texts', () => {
    for (const fact of w.outcome ?? []) {
      if (!fact.seen) continue;
      const machine = machines.get(fact.seen.machine);
      expect(machine, `${fact.id}: machine ${fact.seen.machine}`).toBeDefined();
      // The flag is part of the machine's context from the start (a context built from input
      // reads none of it for its flags, so an empty input is enough to see their names).
      const context = machine!.config.context as
        | Record<string, unknown>
        | ((args: { input: unknown }) => Record<string, unknown>)
        | undefined;
      const initial = typeof context === 'function' ? context({ input: {} }) : context;
      expect(typeof initial?.[fact.seen.flag], `${fact.id}: flag ${fact.seen.flag}`).toBe(
        'boolean',
      );
    }
    const ids = (w.deadEnds ?? []).map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    const stepIds = w.steps.map((s) => s.id);
    for (const end of w.deadEnds ?? []) {
      expect(stepIds, `${end.id}: from ${end.from}`).toContain(end.from);
      if (end.until !== undefined) {
        expect(stepIds, `${end.id}: until ${end.until}`).toContain(end.until);
        expect(stepIds.indexOf(end.until)).toBeGreaterThanOrEqual(stepIds.indexOf(end.from));
      }
      if (end.rule) expect(end.rule).toMatch(/^R-[A-Z0-9]+-\d+$/);
      expect(DOC_SECTIONS[end.doc.doc]).toContain(end.doc.section);
      for (const lang of LANGUAGES) {
        const texts = (locale(lang, slug) as { deadEnds?: Record<string, Record<string, string>> })
          .deadEnds?.[end.id];
        for (const part of ['instruction', 'hint'])
          expect(texts?.[part], `${lang} deadEnds.${end.id}.${part}`).toBeTruthy();
        if (end.recover === 'persona')
          expect(texts?.instruction, `${lang} ${end.id} names the persona`).toContain(
            '{{persona}}',
          );
      }
    }
  });

  it('names controls with labels the UI shows in that language (**Label** in the instructions)', () => {
    for (const lang of LANGUAGES) {
      const ui = uiText(lang);
      const templates = uiTemplates(lang);
      const texts = locale(lang, slug) as {
        steps: Record<string, Record<string, string>>;
        deadEnds?: Record<string, Record<string, string>>;
      };
      const instructions = [
        ...w.steps.map((s) => [s.id, texts.steps[s.id]?.instruction ?? ''] as const),
        // A dead end's persona is a world name, filled in by the coach.
        ...(w.deadEnds ?? []).map(
          (d) =>
            [
              `deadEnds.${d.id}`,
              (texts.deadEnds?.[d.id]?.instruction ?? '').replace(/\*\*\{\{persona\}\}\*\*/g, ''),
            ] as const,
        ),
      ];
      for (const [where, instruction] of instructions) {
        for (const [, label] of instruction.matchAll(/\*\*(.+?)\*\*/g)) {
          if (
            WORLD_NAMES.has(label!) ||
            MPN_LABEL.test(label!) ||
            templates.some((re) => re.test(label!))
          )
            continue;
          expect(
            ui.includes(JSON.stringify(label).slice(1, -1)),
            `${lang} ${where}: “${label}” is not a label of the UI`,
          ).toBe(true);
        }
      }
    }
  });

  it('starts with no step already done in the world (a fresh copy, after its setup)', async () => {
    const db = new AppDB(`definition-${slug}`);
    dbs.push(db);
    await db.open();
    await prepareFreshWorld(db, w);
    for (const s of w.steps)
      if (s.done.world)
        expect(await s.done.world(db), `${s.id} world condition at start`).toBe(false);
  });

  // Issue 11: expanding Alpine Ski House completed "expand Adatum". A step aimed at one row of
  // a list (a keyed target) and done by a workflow must name that row's workflow as its subject.
  it("completes a step aimed at one row only by that row's workflow, not a sibling's", () => {
    for (const s of w.steps) {
      if (s.target.key === undefined || !s.done.machine || !s.target.id.startsWith('pc.customers.'))
        continue;
      expect(s.done.machine.subject, `${s.id}: done by any customer's ${s.done.machine.id}`).toBe(
        s.target.key,
      );
    }
    for (const s of w.steps) {
      const subject = s.done.machine?.subject;
      if (subject !== undefined && s.target.key !== undefined)
        expect(s.target.key, `${s.id}: subject and target differ`).toBe(subject);
    }
  });

  // Issue 11: a step aimed at one row of a list (this partner, this provider) and done on that
  // row's page must say which row: opening a sibling's page is a mistake, not the step. A mail
  // link is the exception: the mail it is in was checked by the step before.
  it("completes a step aimed at one row on that row's page only, never a sibling's", async () => {
    const rows = w.steps.filter(
      (s) =>
        s.target.key !== undefined &&
        s.done.at?.includes(':') &&
        !s.done.at.startsWith('mail/') &&
        s.target.id !== 'mail.link',
    );
    for (const s of rows) {
      const named =
        s.done.shows !== undefined || s.done.world !== undefined || !!s.done.machine?.subject;
      expect(named, `${s.id}: done on any row's page (${s.done.at})`).toBe(true);
      // The row is the route's parameter (not a fixed part of the path, e.g. …/account; nor a
      // part of the customer workspace, whose page is the customer's: Admin relationships).
      if (!s.done.shows || s.done.at!.split('/').includes(s.target.key!)) continue;
      if (s.target.id === 'pc.workspace.part') continue;
      // The row is the route's last parameter (…/:customerId/admin-relationships/:relationshipId).
      const param = s.done
        .at!.split('/')
        .filter((p) => p.startsWith(':'))
        .pop()!
        .slice(1);
      const db = undefined as unknown as AppDB;
      expect(await s.done.shows(db, { [param]: s.target.key! }), `${s.id}: its own row`).toBe(true);
      expect(
        await s.done.shows(db, { [param]: `${s.target.key}-sibling` }),
        `${s.id}: a sibling`,
      ).toBe(false);
    }
  });

  // Issue 11: "open the invitation mail" was done by opening any message. A step that checks
  // what its page shows accepts at most one message per mailbox; every sibling is refused.
  it('completes a "this page shows" step only on its own object, never on a sibling', async () => {
    const steps = w.steps.filter((s) => s.done.shows && s.done.at?.startsWith('mail/'));
    if (steps.length === 0) return;
    const db = new AppDB(`definition-shows-${slug}`);
    dbs.push(db);
    await db.open();
    await prepareFreshWorld(db, w);
    const mails = await db.mail.toArray();
    for (const s of steps) {
      const accepted = new Map<string, number>();
      let refused = 0;
      for (const m of mails) {
        if (await s.done.shows!(db, { id: m.id }))
          accepted.set(m.mailbox, (accepted.get(m.mailbox) ?? 0) + 1);
        else refused++;
      }
      for (const [box, count] of accepted)
        expect(count, `${s.id}: ${count} messages of ${box} complete it`).toBe(1);
      expect(refused, `${s.id}: no sibling message is refused`).toBeGreaterThan(0);
    }
  });

  it('does not meet its expected outcome before the learner acts (a run that does nothing fails)', async () => {
    if (!w.outcome?.length) return;
    const db = new AppDB(`definition-outcome-${slug}`);
    dbs.push(db);
    await db.open();
    await prepareFreshWorld(db, w);
    const outcome = await readOutcome(w, db);
    expect(
      missedOutcome(outcome).length,
      `${slug}: every outcome fact already holds at start`,
    ).toBeGreaterThan(0);
  });
});
