/**
 * How long a run took, as a translation key and count: under a minute in seconds (a 40-second
 * run is not "1 minute", issue 12), else whole minutes.
 */
export function durationParts(ms: number): {
  key: 'training:results.seconds' | 'training:results.minutes';
  count: number;
} {
  const safe = Number.isFinite(ms) && ms > 0 ? ms : 0;
  if (safe < 59_500)
    return { key: 'training:results.seconds', count: Math.max(1, Math.round(safe / 1000)) };
  return { key: 'training:results.minutes', count: Math.max(1, Math.round(safe / 60_000)) };
}
