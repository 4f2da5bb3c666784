import type { World } from '../../domain/types';

/** Named scenarios. Loaded lazily: the first view never pays for a world's size. */
export const SCENARIOS = {
  default: async () => (await import('./default')).defaultWorld(),
  large: async () => (await import('./large')).largeWorld(),
} satisfies Record<string, () => Promise<World>>;

export type ScenarioName = keyof typeof SCENARIOS;
export const SCENARIO_NAMES = Object.keys(SCENARIOS) as ScenarioName[];

export function isScenarioName(value: unknown): value is ScenarioName {
  return typeof value === 'string' && (SCENARIO_NAMES as string[]).includes(value);
}
