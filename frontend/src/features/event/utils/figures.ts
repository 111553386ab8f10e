import type { Dashboard, ScheduleRun } from '../api/types';

/** A share as a whole percentage: a fraction (0..1) of the API, or `part / whole` when both are known. */
export function percent(part: number | null | undefined, whole: number | null | undefined, fallback?: number | null): number {
  if (whole != null && whole > 0 && part != null) return Math.round((part / whole) * 100);
  if (fallback != null && Number.isFinite(fallback)) return Math.round((fallback <= 1 ? fallback * 100 : fallback));
  return 0;
}

/** How close the schedule came to the best possible: total weight over the upper bound. */
export const runRatio = (run: Pick<ScheduleRun, 'totalWeight' | 'bound' | 'ratio'>) =>
  percent(run.totalWeight, run.bound, run.ratio);

/** The share of exhibitors that reached concrete business talks. */
export const reachedShare = (dashboard: Pick<Dashboard, 'exhibitorsReachedTalks' | 'exhibitors' | 'shareReachedTalks'>) =>
  percent(dashboard.exhibitorsReachedTalks, dashboard.exhibitors, dashboard.shareReachedTalks);
