import type { World } from '../../domain/types';
import { defaultWorld, relationship } from './default';

// The large scenario: the default world plus 10,000 customers shared between Northwind
// Distribution and Fabrikam Solutions, for scale work (paged lists, indexed search). They
// have no users of their own, so the persona switcher stays the default world's.
export const LARGE_CUSTOMER_COUNT = 10_000;

const FIRST = [
  'Alpine',
  'Blue',
  'Cedar',
  'Delta',
  'Evergreen',
  'Falcon',
  'Granite',
  'Harbor',
  'Iron',
  'Juniper',
  'Kestrel',
  'Lakeside',
  'Maple',
  'Nimbus',
  'Orchid',
  'Pioneer',
  'Quartz',
  'River',
  'Summit',
  'Tidal',
  'Union',
  'Valley',
  'Willow',
  'Yellowstone',
  'Zephyr',
];
const SECOND = [
  'Analytics',
  'Bakery',
  'Clinic',
  'Dynamics',
  'Engineering',
  'Foods',
  'Logistics',
  'Media',
  'Outfitters',
  'Partners',
  'Robotics',
  'Studios',
  'Systems',
  'Travel',
  'Ventures',
  'Works',
];

export function largeWorld(): World {
  const world = defaultWorld();
  world.meta.scenario = 'large';
  const created = world.meta.now - 30 * 86_400_000;
  for (let i = 0; i < LARGE_CUSTOMER_COUNT; i++) {
    const n = String(i + 1).padStart(5, '0');
    const name = `${FIRST[i % FIRST.length]} ${SECOND[Math.floor(i / FIRST.length) % SECOND.length]} ${n}`;
    const id = `cust-${n}`;
    const customer = {
      id,
      name,
      domain: `${id}.example`,
      kind: 'customer' as const,
      cloud: 'public' as const,
      country: 'US',
    };
    world.tenants.push(customer);
    world.relationships.push(
      relationship(i % 2 === 0 ? 'northwind' : 'fabrikam', customer, i % 3 !== 0, created),
    );
  }
  return world;
}
