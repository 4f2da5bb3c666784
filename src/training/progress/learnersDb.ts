import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { World } from '../../domain/types';
import type { SnapshotRow } from '../../db/AppDB';
import type { Run } from './run';

/** Learners' progress stays apart from any world: resetting a world never loses a score. */
export const LEARNERS_DB_NAME = 'partner-sim.learners';

export interface SettingRow {
  key: 'learner' | 'active';
  value: string;
}

/** The walkthrough's world as it was when a step began: "Previous" goes back to it. */
export interface CheckpointRow {
  runId: string;
  step: number;
  world: World;
  snapshots: SnapshotRow[];
  path: string;
  persona: string | null;
}

export class LearnersDB extends Dexie {
  settings!: EntityTable<SettingRow, 'key'>;
  runs!: EntityTable<Run, 'id'>;
  checkpoints!: Dexie.Table<CheckpointRow, [string, number]>;

  constructor(name: string = LEARNERS_DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      settings: 'key',
      runs: 'id, slug, status, startedAt',
      checkpoints: '[runId+step], runId',
    });
  }
}
