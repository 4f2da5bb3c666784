import { AppDB } from '../AppDB';
import { replaceWorld } from '../repositories/worldRepository';
import { largeWorld } from '../scenarios/large';
import { customerPage } from './customers';

it('probe', async () => {
  const db = new AppDB(`probe-${Math.random()}`);
  await db.open();
  await replaceWorld(db, largeWorld());
  for (const dir of ['asc', 'desc'] as const) {
    const t0 = performance.now();
    const r = await customerPage(db, { partnerId: 'fabrikam', search: '', dir, page: 0, pageSize: 20 });
    console.log(dir, r.total, r.rows.slice(0, 3).map((x) => x.customerName), Math.round(performance.now() - t0), 'ms');
  }
  const t0 = performance.now();
  const r = await customerPage(db, { partnerId: 'fabrikam', search: 'ada', dir: 'asc', page: 0, pageSize: 20 });
  console.log('search', r.total, Math.round(performance.now() - t0), 'ms');
}, 60000);
