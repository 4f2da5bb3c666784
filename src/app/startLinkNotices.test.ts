import { describe, expect, it } from 'vitest';
import { AppDB } from '../db/AppDB';
import { ensureWorld } from '../db/repositories/worldRepository';
import { startLinkMessage, startLinkProblems } from './startLinkNotices';

// Issue 17: a plain link's persona is checked against the open world; a walkthrough's link and an
// LMS launch say themselves what is wrong with their language, so it is not said twice.

const world = async () => {
  const db = new AppDB(`partner-sim.world.start-link-${Math.random()}`);
  await ensureWorld(db, 'default');
  return db;
};
const params = (q: string) => {
  const query = new URLSearchParams(q);
  return (name: string) => query.get(name);
};

describe('a link’s persona, scenario and language against the open world', () => {
  it('a user of the world is followed; an unknown one is named, and nothing is written', async () => {
    const db = await world();
    const users = await db.users.toArray();
    expect(await startLinkProblems(db, params('persona=u-patti&lang=ru'), 'mail')).toEqual([]);
    expect(
      await startLinkProblems(db, params('persona=u-ghost&scenario=huge&lang=de'), 'mail'),
    ).toEqual([
      { parameter: 'persona', value: 'u-ghost' },
      { parameter: 'scenario', value: 'huge' },
      { parameter: 'lang', value: 'de' },
    ]);
    expect(await db.users.toArray()).toEqual(users);
  });

  it('a walkthrough link or an LMS launch checks its language itself', async () => {
    const db = await world();
    expect(await startLinkProblems(db, params('lang=de'), '/learn/add-user')).toEqual([]);
    expect(await startLinkProblems(db, params('w=add-user&lang=de'), '')).toEqual([]);
    // The cohort page is a plain page of the site: its link's language is checked here.
    expect(await startLinkProblems(db, params('lang=de'), '/learn/cohort')).toEqual([
      { parameter: 'lang', value: 'de' },
    ]);
  });

  it('the message names the value and, for a scenario, the ones that exist', () => {
    expect(startLinkMessage({ parameter: 'scenario', value: 'huge' })).toEqual({
      key: 'shell.link.scenario',
      params: { value: 'huge', names: 'default, large' },
    });
    expect(startLinkMessage({ parameter: 'persona', value: '<b>' })).toEqual({
      key: 'shell.link.persona',
      params: { value: '<b>' },
    });
  });
});
