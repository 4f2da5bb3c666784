import { afterAll, describe, expect, it } from 'vitest';
import { AppDB } from '../../db/AppDB';
import { mailKind } from '../../domain/mailLinks';
import { prepareFreshWorld } from '../trainingWorld';
import { WALKTHROUGHS } from '.';
import { OUTCOME_RUNS } from './outcomeRuns';

// Issue 11: every "open the mail" step names the message it means (its kind is the key the
// mail list puts on the item), so opening a sibling is a mistake caught on the click and never
// completes the step; after the intended path, exactly one message of the persona's mailbox
// completes it.

const dbs: AppDB[] = [];
afterAll(async () => {
  await Promise.all(dbs.map((db) => db.delete()));
});

const mailSteps = WALKTHROUGHS.flatMap((w) =>
  w.steps
    .filter((s) => s.target.id === 'mail.item')
    .map((s) => [`${w.slug} ${s.id}`, w, s] as const),
);

describe.each(mailSteps)('%s', (_name, w, s) => {
  it('is keyed by the kind of message it means, and only that message completes it', async () => {
    expect(s.target.key, 'a mail step without a key lets any message be clicked').toBeTruthy();
    expect(s.done.shows).toBeDefined();
    const db = new AppDB(`mail-steps-${w.slug}-${s.id}`);
    dbs.push(db);
    await db.open();
    await prepareFreshWorld(db, w);
    await OUTCOME_RUNS[w.slug]!.right.act(db);
    const persona = await db.users.get(s.persona as string);
    const box = await db.mail
      .where('[mailbox+sentAt]')
      .between([persona!.email, 0], [persona!.email, Infinity])
      .toArray();
    const accepted = [];
    for (const m of box) if (await s.done.shows!(db, { id: m.id })) accepted.push(m);
    expect(accepted).toHaveLength(1);
    expect(mailKind(accepted[0]!.subject)).toBe(s.target.key);
    expect(box.length).toBeGreaterThan(1);
  });
});
