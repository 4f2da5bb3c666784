import type { AppDB } from '../../db/AppDB';
import { TODAY_EXPIRING_ID } from '../../db/scenarios/today';
import type { Walkthrough } from '../types';
import { adminRelationshipsSteps } from './gdapWorkspaceSteps';

// W-GDAP-EXTEND (Today edition): "Fabrikam support" with Alpine Ski House ends in 20 days with
// Auto extend off (the Today seed; its 30-day notice was sent, R-GDAP-9). Megan Bowen opens
// Expiring granular relationships from Alpine Ski House's Admin relationships, keeps the tile
// Expiring within 30 days, selects the relationship and Enable auto-extend: it now renews by 180
// days at its end date (R-GDAP-5, allowed: it names no Global Administrator).

const CUSTOMER = 'alpineskihouse';
const SECTION = 'manage-gdap-autoextend';
const doc = (step: number) => ({ doc: 'GDAP_EXTEND' as const, section: SECTION, step });
const persona = 'u-megan';

/** "Fabrikam support" now has Auto extend on. */
export async function autoExtendOn(db: AppDB): Promise<boolean> {
  return (await db.adminRelationships.get(TODAY_EXPIRING_ID))?.autoExtend === true;
}

/** No other relationship was changed by the bulk action (only the selected one). */
export async function othersUnchanged(db: AppDB): Promise<boolean> {
  const changed = await db.adminRelationships
    .filter((r) => r.id !== TODAY_EXPIRING_ID && r.partnerId === 'fabrikam' && r.autoExtend)
    .count();
  // The seed has one Fabrikam relationship with Auto extend on (Fabrikam licensing).
  return changed === 1;
}

export const gdapExtend: Walkthrough = {
  slug: 'gdap-extend',
  workflow: 'W-GDAP-EXTEND',
  audience: 'partner',
  edition: 'today',
  doc: { doc: 'GDAP_EXTEND', section: SECTION },
  start: 'partner-center',
  steps: [
    ...adminRelationshipsSteps(CUSTOMER, {
      customers: { doc: doc(1), persona },
      customer: { doc: doc(1), persona },
      part: { doc: doc(1), persona },
    }),
    {
      id: 'open-expiring',
      doc: doc(1),
      persona,
      target: { id: 'pc.gdap.expiring' },
      actions: [{ kind: 'click', target: { id: 'pc.gdap.expiring' } }],
      done: { at: 'partner-center/expiring-granular-relationships' },
    },
    {
      id: 'select-and-enable',
      doc: doc(2),
      persona,
      target: { id: 'pc.gdap.expiringSelect', key: TODAY_EXPIRING_ID },
      allow: [{ id: 'pc.gdap.tile', key: '30' }, { id: 'pc.gdap.enableAutoExtend' }],
      actions: [
        {
          kind: 'check',
          target: { id: 'pc.gdap.expiringSelect', key: TODAY_EXPIRING_ID },
          checked: true,
        },
        { kind: 'click', target: { id: 'pc.gdap.enableAutoExtend' } },
      ],
      done: { world: autoExtendOn },
    },
  ],
  outcome: [
    { id: 'auto-extend-on', doc: doc(2), rule: 'R-GDAP-5', expected: true, actual: autoExtendOn },
    { id: 'others-unchanged', doc: doc(2), expected: true, actual: othersUnchanged },
  ],
};
