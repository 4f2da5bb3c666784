import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '../../db/AppDB';
import { ensureWorld } from '../../db/repositories/worldRepository';
import { removeAdminRoles } from '../../db/repositories/relationshipRepository';
import { fabrikamAdatum, removeRoles } from './remove-roles';

// W-REMOVE-ROLES: Fabrikam holds admin roles in Adatum; the confirm step is done exactly when
// they are gone, and the relationship stays (R-MPR-7).

let db: AppDB;
let n = 0;
beforeEach(async () => {
  db = new AppDB(`wt-remove-roles-${++n}`);
  await ensureWorld(db, 'default');
  await removeRoles.setup?.(db);
});
afterEach(() => db.delete());

const step = (id: string) => removeRoles.steps.find((s) => s.id === id)!;

describe('remove-roles walkthrough', () => {
  it('the default world: Fabrikam holds Global admin and Helpdesk admin in Adatum', async () => {
    expect((await fabrikamAdatum(db))?.adminRoles).toEqual(['globalAdmin', 'helpdeskAdmin']);
  });

  it('the confirm step is done once the roles are removed; the relationship stays', async () => {
    const done = step('confirm').done.world!;
    expect(await done(db)).toBe(false);
    const rel = (await fabrikamAdatum(db))!;
    expect(await removeAdminRoles(db, 'u-enrico', rel.id)).toEqual({ ok: true });
    expect(await done(db)).toBe(true);
    expect((await fabrikamAdatum(db))?.type).toBe('reseller');
  });
});
