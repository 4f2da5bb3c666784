import { checkRecord, recordKey, type ResultRecord } from '../../domain/cohortFile';

// The cohort stays in this browser until the trainer clears it: localStorage, since it is a
// few hundred small records and nothing of it is ever sent anywhere.
const KEY = 'partner-sim.cohort';

export function loadCohort(): ResultRecord[] {
  try {
    const parsed = JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown;
    if (!Array.isArray(parsed)) return [];
    // Stored records were verified on the way in; a record changed in storage is dropped.
    const out: ResultRecord[] = [];
    const seen = new Set<string>();
    for (const v of parsed) {
      const r = checkRecord(v);
      if (r && !seen.has(recordKey(r))) {
        seen.add(recordKey(r));
        out.push(r);
      }
    }
    return out;
  } catch {
    return [];
  }
}

export function saveCohort(records: readonly ResultRecord[]): boolean {
  try {
    localStorage.setItem(KEY, JSON.stringify(records));
    return true;
  } catch {
    return false;
  }
}
