// Background jobs of a server instance (lifecycle scheduler, outbox sender).
// Each job registers here; every instance runs them, and the jobs themselves
// are safe to run concurrently (row or advisory locks).
import type { AppDeps } from '../context.js';

export interface Job {
  name: string;
  intervalMs: (deps: AppDeps) => number;
  run: (deps: AppDeps) => Promise<void>;
}

export const jobs: Job[] = [];

export function registerJob(job: Job): void {
  jobs.push(job);
}

export function startBackgroundJobs(deps: AppDeps) {
  const timers: NodeJS.Timeout[] = [];
  const running = new Set<Promise<void>>();
  let stopped = false;
  for (const job of jobs) {
    const interval = job.intervalMs(deps);
    if (interval <= 0) continue;
    const tick = () => {
      if (stopped) return;
      const p = job
        .run(deps)
        .catch((err: unknown) => {
          deps.log.error({ err, job: job.name }, 'job failed');
        })
        .finally(() => running.delete(p));
      running.add(p);
    };
    timers.push(setInterval(tick, interval));
    setTimeout(tick, 1000).unref();
  }
  return {
    stop: () => {
      stopped = true;
      for (const t of timers) clearInterval(t);
    },
    idle: async () => {
      await Promise.all([...running]);
    },
  };
}
